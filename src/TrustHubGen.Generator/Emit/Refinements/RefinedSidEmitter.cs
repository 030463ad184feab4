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
        SidEmitter.EmitMembers(w, n, prefixConstant: "Prefix", readJson: false);
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
        SidEmitter.EmitMembers(w, n, prefixConstant: null, readJson: false);
        foreach (var accepted in model.Accepted)
        {
            w.Line();
            w.Line($"/// <summary>{accepted.Role} as the object of an entity assignment.</summary>");
            w.Line($"public static implicit operator {n}(global::{ns}.{accepted.SidType} sid) => new(sid.Value);");
        }
        w.Close();
    }
}
