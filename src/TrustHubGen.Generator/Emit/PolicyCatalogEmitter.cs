using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TrustHubGen.Generator.Naming;
using TrustHubGen.Policies.Naming;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Emit;

/// <summary>
/// Emits <c>PolicyCatalog</c>: one nested static class per policy with its rules as constants, so pipelines and
/// analyzers can use them in constant contexts (switch cases, attribute arguments).
/// </summary>
internal static class PolicyCatalogEmitter
{
    private const string Strings = "global::System.Collections.Generic.IReadOnlyList<string>";

    /// <summary>The namespace, inside the SDK's, of each policy's entry class (<see cref="EmitEntry"/>).</summary>
    public const string EntriesNamespace = "PolicyCatalogEntries";

    /// <summary>
    /// The container: <c>AllSids</c> and, per policy, <c>PolicyCatalog.&lt;Policy&gt;</c>, a class deriving from the policy's
    /// entry (<see cref="EmitEntry"/>), so its constants, properties and nested classes are reached through it as if declared
    /// there. The only part of the policy code that depends on the whole set: the package precompiles it apart
    /// (TrustHubGen.Sdk.PolicyCatalog.dll) from the entries, value types and pipelines (TrustHubGen.Sdk.DefaultPolicies.dll).
    /// </summary>
    public static string Emit(string ns, string access, IReadOnlyList<PolicyDefinition> policies)
    {
        var w = FileHeader.Start(ns, access);
        w.Summary("Every Trust Hub policy definition this project was built with (TrustHubGenKind=\"Policy\" files), as typed constants.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} static partial class PolicyCatalog");
        Body(w, ns, policies.Select(p => (Names.Pascal(p.Name), $"{p.FriendlyName} ({p.Sid}). Confidence: {p.Confidence}. Source: {p.Source}")));
        w.Close();
        return w.ToString();
    }

    /// <summary>A container's members: <c>AllSids</c> and, per policy (its class name and summary), a class deriving from its entry.</summary>
    public static void Body(SourceWriter w, string ns, IEnumerable<(string Name, string Summary)> policies)
    {
        var list = policies.ToList();
        w.Line("/// <summary>The SID of every policy in the catalog, sorted by name.</summary>");
        w.Line($"public static {Strings} AllSids {{ get; }} = new[] {{ {string.Join(", ", list.Select(p => p.Name + ".SidValue"))} }};");
        foreach (var (name, summary) in list)
        {
            w.Line();
            w.Summary(summary);
            w.Open($"public sealed class {name} : global::{ns}.{EntriesNamespace}.{name}");
            w.Line($"private {name}() {{ }}");
            w.Close();
        }
    }

    /// <summary>
    /// One policy's entry, <c>{ns}.PolicyCatalogEntries.&lt;Policy&gt;</c>: its rules as constants (usable in switch cases and
    /// attribute arguments), its typed <c>Sid</c>, <c>Definition</c> and <c>OnboardingPolicy</c>. Depends on this policy only
    /// (and the SDK's SID types), so a precompiled entry stands for the same policy in any set.
    /// </summary>
    public static string EmitEntry(string ns, string access, PolicyDefinition policy, bool hasPolicySid, string? kindSidType)
    {
        var w = FileHeader.Start(ns + "." + EntriesNamespace, access);
        EmitPolicy(w, policy, hasPolicySid, kindSidType);
        return w.ToString();
    }

    private static void EmitPolicy(SourceWriter w, PolicyDefinition policy, bool hasPolicySid, string? kindSidType)
    {
        var name = Names.Pascal(policy.Name);
        w.Summary($"What PolicyCatalog.{name} derives from (use it through PolicyCatalog.{name}): {policy.FriendlyName} ({policy.Sid}). Confidence: {policy.Confidence}. Source: {policy.Source}");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} abstract class {name}");
        w.Line("/// <summary>Only <c>PolicyCatalog</c> derives from it.</summary>");
        w.Line($"protected {name}() {{ }}");
        w.Line();
        w.Line("/// <summary>The policy SID as a string constant.</summary>");
        w.Line($"public const string SidValue = {SourceWriter.Literal(policy.Sid)};");
        w.Line();
        if (hasPolicySid)
        {
            var sidType = kindSidType ?? "PolicySid";
            w.Line(kindSidType is null ? "/// <summary>The policy SID, typed.</summary>" : $"/// <summary>The policy SID, typed by its kind: it goes only where a {SourceWriter.Xml(kindSidType)} does.</summary>");
            w.Line($"public static {sidType} Sid {{ get; }} = {sidType}.Parse(SidValue);");
            w.Line();
        }
        w.Line("/// <summary>The identifier-like name.</summary>");
        w.Line($"public const string Name = {SourceWriter.Literal(policy.Name)};");
        w.Line();
        w.Line("/// <summary>The human-readable name.</summary>");
        w.Line($"public const string FriendlyName = {SourceWriter.Literal(policy.FriendlyName)};");
        w.Line();
        w.Line("/// <summary>True for a trust product policy, false for a customer profile (Business Profile) policy.</summary>");
        w.Line($"public const bool IsTrustProduct = {Bool(policy.Kind == BundleKind.TrustProduct)};");
        if (policy.BusinessProfile is { } profile)
        {
            w.Line();
            w.Line("/// <summary>The Business Profile the bundle must be assigned.</summary>");
            w.Open("public static class BusinessProfile");
            Const(w, "Required", "Whether the bundle must carry one.", Bool(profile.Required), "bool");
            List(w, "AcceptedPolicySids", "The profile policies accepted; empty means any.", profile.AcceptedPolicySids);
            Const(w, "RequiredStatus", "The status the profile must have.", SourceWriter.Literal(profile.RequiredStatus), "string");
            List(w, "RequiredRegistrationIdentifiers", "Registration identifiers of which the profile must carry one.", profile.RequiredRegistrationIdentifiers);
            w.Close();
        }
        w.Line();
        w.Line("/// <summary>The end-user types the bundle takes (empty when none).</summary>");
        w.Open("public static class EndUsers");
        List(w, "Types", "Every end-user type the bundle takes.", policy.EndUsers.Select(e => e.Type));
        foreach (var endUser in policy.EndUsers)
        {
            w.Line();
            w.Line($"/// <summary>End users of type <c>{SourceWriter.Xml(endUser.Type)}</c>.</summary>");
            w.Open($"public static class {CatalogNames.EndUserClass(endUser.Type)}");
            Const(w, "Type", "The end-user type.", SourceWriter.Literal(endUser.Type), "string");
            Const(w, "Min", "The least number the bundle needs.", endUser.Min.ToString(CultureInfo.InvariantCulture), "int");
            Const(w, "Max", "The most the bundle takes.", endUser.Max.ToString(CultureInfo.InvariantCulture), "int");
            foreach (var attribute in endUser.Attributes)
            {
                w.Line();
                w.Summary($"The <c>{attribute.Name}</c> attribute." + (attribute.Description is { Length: > 0 } d ? " " + d : ""));
                w.Open($"public static class {CatalogNames.AttributeClass(endUser.Type, attribute.Name)}");
                Const(w, "Name", "The attribute key.", SourceWriter.Literal(attribute.Name), "string");
                Const(w, "Required", "Whether the attribute must be present and non-empty.", Bool(attribute.Required), "bool");
                if (attribute.MaxLength is { } max) Const(w, "MaxLength", "The most characters allowed.", max.ToString(CultureInfo.InvariantCulture), "int");
                if (attribute.Pattern is { } pattern) Const(w, "Pattern", "The regular expression the whole value must match: " + (attribute.PatternDescription ?? pattern) + ".", SourceWriter.Literal(pattern), "string");
                List(w, "AllowedValues", "The only values accepted; empty means any.", attribute.AllowedValues);
                List(w, "DisallowedValues", "Values rejected (compared ignoring case, spacing, periods and commas).", attribute.DisallowedValues);
                w.Close();
            }
            w.Close();
        }
        w.Close();
        w.Line();
        w.Line("/// <summary>The supporting-document types the bundle takes.</summary>");
        w.Line($"public static {Strings} SupportingDocumentTypes {{ get; }} = {Array(policy.SupportingDocuments.Select(s => s.Type))};");
        if (policy.ChannelEndpoints is { } endpoints)
        {
            w.Line();
            w.Line("/// <summary>The channel endpoints (phone numbers) the bundle takes.</summary>");
            w.Open("public static class ChannelEndpoints");
            Const(w, "Type", "The ChannelEndpointType.", SourceWriter.Literal(endpoints.Type), "string");
            Const(w, "MustBeOnBusinessProfile", "Whether a number must already be on the bundle's Business Profile.", Bool(endpoints.MustBeOnBusinessProfile), "bool");
            List(w, "AllowedCountries", "ISO 3166 alpha-2 codes of accepted numbers; empty means any.", endpoints.AllowedCountries);
            Const(w, "TollFreeAllowed", "Whether NANP toll-free numbers are accepted.", Bool(endpoints.TollFreeAllowed), "bool");
            Const(w, "AllowedAfterSubmission", "Whether numbers may still be assigned once the bundle is submitted.", Bool(endpoints.AllowedAfterSubmission), "bool");
            w.Close();
        }
        w.Line();
        w.Line("/// <summary>How the bundle is submitted.</summary>");
        w.Open("public static class Submission");
        List(w, "ClientSettableStatuses", "The statuses a client may set.", policy.Submission.ClientSettableStatuses);
        Const(w, "EvaluateBeforeSubmit", "Whether an Evaluation runs before pending-review.", Bool(policy.Submission.EvaluateBeforeSubmit), "bool");
        w.Close();
        PolicyDefinitionEmitter.Emit(w, policy);
        w.Close();
    }

    private static void Const(SourceWriter w, string name, string doc, string value, string type)
    {
        w.Doc("summary", doc);
        w.Line($"public const {type} {name} = {value};");
    }

    private static void List(SourceWriter w, string name, string doc, IEnumerable<string> values)
    {
        w.Doc("summary", doc);
        w.Line($"public static {Strings} {name} {{ get; }} = {Array(values)};");
    }

    private static string Array(IEnumerable<string> values)
    {
        var items = values.ToList();
        return items.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", items.Select(SourceWriter.Literal)) + " }";
    }

    private static string Bool(bool value) => value ? "true" : "false";
}
