using System.Globalization;
using System.Linq;
using System.Text;
using TrustHubGen.Generator.Snapshots;

namespace TrustHubGen.Generator.Emit.Snapshots;

/// <summary>
/// Emits <c>TrustHubAccount</c>: typed handles for the snapshot's profiles, numbers and trust products. A number appears
/// under a profile's <c>Numbers</c> only when the snapshot has it on that profile, so code cannot name it there otherwise.
/// (The class is not called <c>Account</c>: API 2010's Account record already has that name in the SDK's namespace.)
/// </summary>
internal static class AccountHandlesEmitter
{
    public const string HintName = "TrustHubAccount.g.cs";

    public static string Emit(string ns, string access, AccountHandles account)
    {
        // Public handles mark the assembly: a referencing project with a snapshot of its own reports TH0023, not CS0436.
        var w = FileHeader.Start(ns, access, access == "public" ? AccountHandlesMarker.Attribute(ns) : null);
        var g = "global::" + ns + ".";
        w.Line("/// <summary>");
        w.Line($"/// The Twilio account {account.AccountSid} as captured in {Text(account.FileName)} at {account.CapturedAt}: its Business Profiles,");
        w.Line("/// phone numbers and trust products. Run <c>trusthub sync</c> to capture it again when the account changes.");
        w.Line("/// </summary>");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} static class TrustHubAccount");
        w.Line("/// <summary>The account SID.</summary>");
        w.Line($"public const string Sid = {Literal(account.AccountSid)};");
        w.Line();
        w.Line("/// <summary>When the snapshot was captured (ISO 8601).</summary>");
        w.Line($"public const string CapturedAt = {Literal(account.CapturedAt)};");
        w.Line();
        var counts = account.Counts;
        Count(w, "ProfileCount", counts.Profiles, "Business Profiles");
        Count(w, "NumberCount", counts.Numbers, "incoming phone numbers");
        Count(w, "TrustProductCount", counts.TrustProducts, "trust products");
        w.Line("/// <summary>");
        w.Line("/// The most items of one kind that get a member each (<c>TrustHubGenSnapshotHandleLimit</c>): a kind with more has none,");
        w.Line("/// and the analyzers still check its SIDs against the snapshot.");
        w.Line("/// </summary>");
        w.Line($"public const int HandleLimit = {counts.Limit.ToString(CultureInfo.InvariantCulture)};");
        w.Line();

        Summary(w, "The account's Business Profiles (customer-profile bundles).", counts.ProfileHandles, counts.Profiles, "Business Profiles", "CustomerProfileSid");
        w.Open("public static class Profiles");
        var first = true;
        foreach (var profile in account.Profiles)
        {
            if (!first) w.Line();
            first = false;
            w.Line($"/// <summary>The Business Profile \"{Text(profile.FriendlyName)}\" ({Text(profile.Status)} when captured).</summary>");
            w.Open("public static class " + profile.Name);
            Sid(w, account.SidTypes.CustomerProfileSid ? g + "CustomerProfileSid" : null, profile.Sid, "The profile's SID.");
            Bundle(w, profile.FriendlyName, profile.Status, profile.PolicySid);
            if (counts.NumberHandles)
                Numbers(w, g, account.SidTypes.PhoneNumberSid, profile.Numbers, "The numbers on this profile when captured: only these may be assigned to a trust product that uses it.");
            w.Close();
        }
        w.Close();
        w.Line();

        Summary(w, "The account's incoming phone numbers.", counts.NumberHandles, counts.Numbers, "numbers", "PhoneNumberSid");
        w.Open("public static class Numbers");
        var numberSid = account.SidTypes.PhoneNumberSid ? g + "PhoneNumberSid" : null;
        foreach (var number in account.Numbers)
        {
            w.Line($"/// <summary>{Describe(number)}.</summary>");
            w.Line($"public static {g}TrustHubAccount.CapturedNumber {number.Name} {{ get; }} = new({SidValue(numberSid, number.Sid)}, {Literal(number.PhoneNumber)}, "
                + $"{(number.FriendlyName is null ? "null" : Literal(number.FriendlyName))}, {Literal(number.Type)}, {Literal(number.Country)});");
        }
        w.Close();
        w.Line();

        Summary(w, "The account's trust products.", counts.TrustProductHandles, counts.TrustProducts, "trust products", "TrustProductSid");
        w.Open("public static class TrustProducts");
        first = true;
        foreach (var product in account.TrustProducts)
        {
            if (!first) w.Line();
            first = false;
            w.Line($"/// <summary>The trust product \"{Text(product.FriendlyName)}\" ({Text(product.Status)} when captured).</summary>");
            w.Open("public static class " + product.Name);
            Sid(w, account.SidTypes.TrustProductSid ? g + "TrustProductSid" : null, product.Sid, "The trust product's SID.");
            Bundle(w, product.FriendlyName, product.Status, product.PolicySid);
            if (counts.NumberHandles)
                Numbers(w, g, account.SidTypes.PhoneNumberSid, product.Numbers, "The numbers assigned to this trust product when captured.");
            w.Line();
            w.Line("/// <summary>The SIDs assigned to it as entities (Business Profiles, end users, documents).</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<string> EntitySids { get; } = "
                + (product.EntitySids.IsEmpty ? "global::System.Array.Empty<string>();" : "new[] { " + string.Join(", ", product.EntitySids.Select(Literal)) + " };"));
            w.Close();
        }
        w.Close();
        w.Line();
        CapturedNumberType(w, numberSid ?? "string");
        w.Close();
        return w.ToString();
    }

    private static void Count(SourceWriter w, string name, int count, string what)
    {
        w.Line($"/// <summary>How many {what} the snapshot holds.</summary>");
        w.Line($"public const int {name} = {count.ToString(CultureInfo.InvariantCulture)};");
        w.Line();
    }

    /// <summary>The summary of a kind's class; over the limit it says why the class is empty and what to write instead.</summary>
    private static void Summary(SourceWriter w, string summary, bool generated, int count, string what, string sidType)
    {
        if (generated)
        {
            w.Line($"/// <summary>{summary}</summary>");
            return;
        }
        w.Line("/// <summary>");
        w.Line($"/// {summary} The snapshot has {count.ToString("N0", CultureInfo.InvariantCulture)} {what}, more than");
        w.Line("/// <see cref=\"HandleLimit\"/> (<c>TrustHubGenSnapshotHandleLimit</c>), so none has a member here: name one by its SID");
        w.Line($"/// (<c>{sidType}.Parse(\"…\")</c>); TH1004 and TH1010 still check it against the snapshot. See docs/snapshot.md.");
        w.Line("/// </summary>");
    }

    /// <summary>One small type for every number: a class per number would cost about 4x the code and compile time.</summary>
    private static void CapturedNumberType(SourceWriter w, string sidType)
    {
        w.Line("/// <summary>An incoming phone number as captured.</summary>");
        w.Open("public sealed class CapturedNumber");
        w.Line($"internal CapturedNumber({sidType} sid, string phoneNumber, string? friendlyName, string type, string country)");
        w.Line("{");
        w.Line("    Sid = sid;");
        w.Line("    PhoneNumber = phoneNumber;");
        w.Line("    FriendlyName = friendlyName;");
        w.Line("    Type = type;");
        w.Line("    Country = country;");
        w.Line("}");
        w.Line();
        w.Line("/// <summary>The number's SID.</summary>");
        w.Line($"public {sidType} Sid {{ get; }}");
        w.Line();
        w.Line("/// <summary>The number in E.164 form.</summary>");
        w.Line("public string PhoneNumber { get; }");
        w.Line();
        w.Line("/// <summary>The number's friendly name, or null when it has none.</summary>");
        w.Line("public string? FriendlyName { get; }");
        w.Line();
        w.Line("/// <summary>local, mobile, toll-free or unknown, derived from the number (see docs/snapshot.md).</summary>");
        w.Line("public string Type { get; }");
        w.Line();
        w.Line("/// <summary>The ISO 3166 alpha-2 country, or empty when not known.</summary>");
        w.Line("public string Country { get; }");
        w.Line();
        w.Line("/// <summary>The number in E.164 form.</summary>");
        w.Line("public override string ToString() => PhoneNumber;");
        w.Close();
    }

    private static void Bundle(SourceWriter w, string friendlyName, string status, string policySid)
    {
        Const(w, "FriendlyName", friendlyName, "The friendly name when captured.");
        Const(w, "Status", status, "The status when captured.");
        Const(w, "PolicySid", policySid, "The policy the bundle was created with.");
    }

    private static void Numbers(SourceWriter w, string g, bool typed, Policies.EquatableArray<NumberHandle> numbers, string summary)
    {
        w.Line();
        w.Line($"/// <summary>{summary}</summary>");
        w.Open("public static class Numbers");
        foreach (var number in numbers)
        {
            w.Line($"/// <summary>{Describe(number)}.</summary>");
            w.Line($"public static {(typed ? g + "PhoneNumberSid" : "string")} {number.Name} => {g}TrustHubAccount.Numbers.{number.Name}.Sid;");
        }
        w.Close();
    }

    private static string Describe(NumberHandle number) =>
        number.PhoneNumber + (number.FriendlyName is null ? "" : " (\"" + Text(number.FriendlyName) + "\")");

    private static string SidValue(string? sidType, string sid) => sidType is null ? Literal(sid) : $"{sidType}.Parse({Literal(sid)})";

    /// <summary>A typed SID property when the SDK has the type, else a string constant.</summary>
    private static void Sid(SourceWriter w, string? sidType, string sid, string summary)
    {
        w.Line($"/// <summary>{summary}</summary>");
        w.Line(sidType is null
            ? $"public const string Sid = {Literal(sid)};"
            : $"public static {sidType} Sid {{ get; }} = {SidValue(sidType, sid)};");
    }

    private static void Const(SourceWriter w, string name, string value, string summary)
    {
        w.Line($"/// <summary>{SourceWriter.Xml(summary)}</summary>");
        w.Line($"public const string {name} = {Literal(value)};");
    }

    /// <summary>User text for a one-line doc comment: XML-escaped, with every line break or control character made a space.</summary>
    private static string Text(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.IsControl(c) || c is '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
        return SourceWriter.Xml(builder.ToString());
    }

    /// <summary>A C# string literal; also escapes the Unicode line breaks C# does not allow inside one.</summary>
    private static string Literal(string text) =>
        SourceWriter.Literal(text).Replace("\u0085", "\\u0085").Replace("\u2028", "\\u2028").Replace("\u2029", "\\u2029");
}
