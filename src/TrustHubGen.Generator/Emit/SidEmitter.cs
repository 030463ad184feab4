using System.Collections.Generic;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Model;

namespace TrustHubGen.Generator.Emit;

/// <summary>Emits one <c>readonly struct</c> per typed SID.</summary>
internal static class SidEmitter
{
    public static string Emit(string ns, string access, IEnumerable<SidTypeModel> sids, SdkRefinements refinements)
    {
        var w = FileHeader.Start(ns, access);
        var first = true;
        foreach (var sid in sids)
        {
            if (!first) w.Line();
            first = false;
            Emit(w, sid);
        }
        foreach (var policySid in refinements.PolicySids)
        {
            w.Line();
            RefinedSidEmitter.EmitPolicySid(w, policySid, ns);
        }
        if (refinements.EntityObject is { } entityObject)
        {
            w.Line();
            RefinedSidEmitter.EmitEntityObjectSid(w, entityObject, ns);
        }
        return w.ToString();
    }

    private static void Emit(SourceWriter w, SidTypeModel sid)
    {
        var n = sid.Name;
        const string R = TypeNames.Runtime;
        w.Summary(sid.Description + " Parsing checks the prefix, the length and the hex digits, so a SID of another resource cannot be passed here.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} readonly struct {n} : global::System.IEquatable<{n}>, {R}ITwilioSid");
        w.Line($"/// <summary>The two letters every {n} starts with.</summary>");
        w.Line($"public const string Prefix = {SourceWriter.Literal(sid.Prefix)};");
        w.Line();
        EmitMembers(w, n, prefixConstant: "Prefix", readJson: true);
        w.Close();
    }

    /// <summary>
    /// The members every SID type has (plain and refined: <see cref="RefinedSidEmitter"/>): value, Parse/TryParse, the
    /// conversion to TwilioSid and value equality. <paramref name="prefixConstant"/> names the type's one-prefix constant;
    /// null means the type declares <c>s_prefixes</c> (several accepted prefixes) and gets a Check that tries each.
    /// </summary>
    internal static void EmitMembers(SourceWriter w, string n, string? prefixConstant, bool readJson)
    {
        const string R = TypeNames.Runtime;
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line($"private {n}(string value) => _value = value;");
        w.Line();
        w.Line("/// <summary>The SID as sent on the wire.</summary>");
        w.Line($"public string Value => _value ?? throw new global::System.InvalidOperationException(\"This {n} is default (uninitialised); create one with {n}.Parse.\");");
        w.Line();
        w.Line($"/// <summary>Parses a {n}; throws <see cref=\"global::System.FormatException\"/> saying what is wrong.</summary>");
        w.Line(prefixConstant is null
            ? $"public static {n} Parse(string value) => Check(value) is {{ }} error ? throw new global::System.FormatException(error) : new {n}(value);"
            : $"public static {n} Parse(string value) => new({R}SidFormat.Validate(value, {prefixConstant}, \"{n}\"));");
        w.Line();
        w.Line($"/// <summary>Parses a {n} without throwing.</summary>");
        w.Open($"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out {n} sid)");
        w.Line(prefixConstant is null
            ? $"sid = Check(value) is null ? new {n}(value!) : default;"
            : $"sid = {R}SidFormat.Check(value, {prefixConstant}, \"{n}\") is null ? new {n}(value!) : default;");
        w.Line("return sid._value is not null;");
        w.Close();
        w.Line();
        if (prefixConstant is null)
        {
            w.Open("private static string? Check(string? value)");
            w.Line($"var error = {R}SidFormat.Check(value, null, \"{n}\");");
            w.Line($"if (error is not null || global::System.Array.IndexOf(s_prefixes, value!.Substring(0, 2)) >= 0) return error;");
            w.Line($"return $\"{n} must start with one of {{Prefixes}}, but \\\"{{value}}\\\" starts with \\\"{{value.Substring(0, 2)}}\\\".\";");
            w.Close();
            w.Line();
        }
        if (readJson)
        {
            // API 2010 answers "" for an unset SID (sms_application_sid, trunk_sid…), as the spec's own examples show.
            w.Line($"/// <summary>Reads a {n} from a JSON string; null for a JSON null or the empty string Twilio sends for an unset SID.</summary>");
            w.Line($"public static {n}? ReadJson(ref global::System.Text.Json.Utf8JsonReader reader) => {R}TwilioJson.ReadString(ref reader) is {{ Length: > 0 }} value ? Parse(value) : null;");
            w.Line();
        }
        w.Line($"/// <summary>Any typed SID is also a <see cref=\"{R}TwilioSid\"/> (for fields such as ObjectSid that take several resources).</summary>");
        w.Line($"public static implicit operator {R}TwilioSid({n} sid) => {R}TwilioSid.FromValidated(sid.Value);");
        w.Line();
        ValueEqualityEmitter.Emit(w, n, "_value", "The SID, or an empty string for a default instance.", "value");
    }
}
