using System.Linq;

namespace TrustHubGen.Generator.Emit.Refinements;

/// <summary>
/// Emits the refined SID types: a policy SID per bundle kind (<c>TrustProductPolicySid</c>) and the entity-assignment
/// object SID. Each converts implicitly to the wider types (<c>PolicySid</c>, <c>TwilioSid</c>) but not back, and carries
/// what the analyzers check a parsed literal against as constants (<c>PolicyKind</c>, <c>Prefixes</c>).
/// </summary>
internal static class RefinedSidEmitter
{
    private const string R = TypeNames.Runtime;

    public static void EmitPolicySid(SourceWriter w, KindPolicySid model, string ns)
    {
        var n = model.TypeName;
        w.Summary($"The SID of a {model.Kind} policy (\"RN\" followed by 32 hex digits): what creating or evaluating a {model.Resource} takes, so a policy of the other kind "
                  + "does not compile where this is expected. PolicyCatalog gives each known policy's SID in the type of its kind; parse any other (a policy Twilio added) with Parse.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} readonly struct {n} : global::System.IEquatable<{n}>, {R}ITwilioSid");
        w.Line($"/// <summary>The two letters every {n} starts with.</summary>");
        w.Line("public const string Prefix = \"RN\";");
        w.Line();
        w.Line("/// <summary>The bundle kind of the policies this type holds, as policy files spell it.</summary>");
        w.Line($"public const string PolicyKind = {SourceWriter.Literal(model.Kind)};");
        w.Line();
        Body(w, n, "Prefix");
        w.Line();
        w.Line($"/// <summary>Any {n} is also a <see cref=\"global::{ns}.PolicySid\"/>.</summary>");
        w.Line($"public static implicit operator global::{ns}.PolicySid({n} sid) => global::{ns}.PolicySid.Parse(sid.Value);");
        w.Close();
    }

    public static void EmitEntityObjectSid(SourceWriter w, EntityObjectSid model, string ns)
    {
        var n = model.TypeName;
        var prefixes = string.Join(",", model.Accepted.Select(a => a.Prefix));
        w.Summary($"The object of an entity assignment: {string.Join(", ", model.Accepted.Select(a => $"{a.Role} ({a.SidType}, {a.Prefix}…)"))}, "
                  + "the entities a policy can require of a bundle. A phone number is not one (assign numbers as channel endpoints), so a PhoneNumberSid does not convert to this type.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} readonly struct {n} : global::System.IEquatable<{n}>, {R}ITwilioSid");
        w.Line("/// <summary>The prefixes accepted, comma-separated.</summary>");
        w.Line($"public const string Prefixes = {SourceWriter.Literal(prefixes)};");
        w.Line();
        w.Line($"private static readonly string[] s_prefixes = {{ {string.Join(", ", model.Accepted.Select(a => SourceWriter.Literal(a.Prefix)))} }};");
        w.Line();
        Body(w, n, null);
        foreach (var accepted in model.Accepted)
        {
            w.Line();
            w.Line($"/// <summary>{accepted.Role} as the object of an entity assignment.</summary>");
            w.Line($"public static implicit operator {n}(global::{ns}.{accepted.SidType} sid) => new(sid.Value);");
        }
        w.Close();
    }

    // The members every SID type has; a type with several prefixes checks the shape, then the prefix against its list.
    private static void Body(SourceWriter w, string n, string? prefix)
    {
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line($"private {n}(string value) => _value = value;");
        w.Line();
        w.Line("/// <summary>The SID as sent on the wire.</summary>");
        w.Line($"public string Value => _value ?? throw new global::System.InvalidOperationException(\"This {n} is default (uninitialised); create one with {n}.Parse.\");");
        w.Line();
        w.Line($"/// <summary>Parses a {n}; throws <see cref=\"global::System.FormatException\"/> saying what is wrong.</summary>");
        w.Line($"public static {n} Parse(string value) => Check(value) is {{ }} error ? throw new global::System.FormatException(error) : new {n}(value);");
        w.Line();
        w.Line($"/// <summary>Parses a {n} without throwing.</summary>");
        w.Open($"public static bool TryParse([global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? value, out {n} sid)");
        w.Line($"sid = Check(value) is null ? new {n}(value!) : default;");
        w.Line("return sid._value is not null;");
        w.Close();
        w.Line();
        w.Open("private static string? Check(string? value)");
        if (prefix is not null)
        {
            w.Line($"return {R}SidFormat.Check(value, {prefix}, \"{n}\");");
        }
        else
        {
            w.Line($"var error = {R}SidFormat.Check(value, null, \"{n}\");");
            w.Line($"if (error is not null || global::System.Array.IndexOf(s_prefixes, value!.Substring(0, 2)) >= 0) return error;");
            w.Line($"return $\"{n} must start with one of {{Prefixes}}, but \\\"{{value}}\\\" starts with \\\"{{value.Substring(0, 2)}}\\\".\";");
        }
        w.Close();
        w.Line();
        w.Line($"/// <summary>Also a <see cref=\"{R}TwilioSid\"/>.</summary>");
        w.Line($"public static implicit operator {R}TwilioSid({n} sid) => {R}TwilioSid.FromValidated(sid.Value);");
        w.Line();
        ValueEqualityEmitter.Emit(w, n, "_value", "The SID, or an empty string for a default instance.", "value");
    }
}
