using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.Naming;

namespace TrustHubGen.Generator.Emit;

/// <summary>
/// Emits one <c>readonly struct</c> per enum. Structs over the wire string, not C# enums, because Twilio adds values
/// (statuses) and a client must still read and pass on what it does not know. Each known value is a field marked with
/// its wire value (<c>[EnumMember(Value = "pending-review")]</c>), so tools that see only the compiled type (the
/// analyzers, serializers) know it too. A status a client may set (<see cref="SettableStatus"/>) is of the settable type,
/// which converts to the enum: <c>Status = TrustProductStatus.PendingReview</c> compiles on update, <c>TwilioApproved</c> does not.
/// </summary>
internal static class EnumEmitter
{
    private static readonly HashSet<string> Reserved = new() { "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "ReadJson", "GetType" };

    public static string Emit(string ns, string access, IEnumerable<EnumModel> enums, IReadOnlyList<SettableStatus> settable)
    {
        var w = FileHeader.Start(ns, access);
        var first = true;
        foreach (var model in enums)
        {
            if (!first) w.Line();
            first = false;
            var subset = settable.FirstOrDefault(s => s.EnumName == model.Name);
            Emit(w, model, subset);
            if (subset is not null)
            {
                w.Line();
                EmitSettable(w, model, subset);
            }
        }
        return w.ToString();
    }

    private const string EnumMember = "[global::System.Runtime.Serialization.EnumMember(Value = {0})]";

    public static List<(string Member, string Value)> Members(EnumModel model)
    {
        var used = new HashSet<string>();
        var members = new List<(string, string)>();
        foreach (var value in model.Values)
        {
            var member = Names.Pascal(value);
            if (Reserved.Contains(member) || member == model.Name) member += "Value";
            var unique = member;
            for (var i = 2; !used.Add(unique); i++) unique = member + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            members.Add((unique, value));
        }
        return members;
    }

    private static void Emit(SourceWriter w, EnumModel model, SettableStatus? settable)
    {
        var n = model.Name;
        var members = Members(model);
        w.Summary((model.Description is { Length: > 0 } d ? d + "\n" : "") + "Known values are static properties; a value Twilio added later is kept as is (see IsKnown).");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} readonly struct {n} : global::System.IEquatable<{n}>");
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line($"/// <summary>Wraps a wire value, known or not.</summary>");
        w.Line($"public {n}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
        w.Line();
        foreach (var (member, value) in members)
        {
            var isSettable = settable is not null && settable.Values.Contains(value);
            w.Line(isSettable
                ? $"/// <summary><c>{SourceWriter.Xml(value)}</c>, a status a client may set (a <see cref=\"{settable!.TypeName}\"/>, which converts to {n}).</summary>"
                : $"/// <summary><c>{SourceWriter.Xml(value)}</c></summary>");
            w.Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, EnumMember, SourceWriter.Literal(value)));
            w.Line(isSettable
                ? $"public static readonly {settable!.TypeName} {member} = {settable.TypeName}.{member};"
                : $"public static readonly {n} {member} = new({SourceWriter.Literal(value)});");
            w.Line();
        }
        w.Line("/// <summary>The value as sent on the wire.</summary>");
        w.Line("public string Value => _value ?? string.Empty;");
        w.Line();
        w.Line("/// <summary>True when the value is one the spec lists.</summary>");
        w.Line("public bool IsKnown => Value switch");
        w.Line("{");
        foreach (var (_, value) in members) w.Line($"    {SourceWriter.Literal(value)} => true,");
        w.Line("    _ => false,");
        w.Line("};");
        w.Line();
        w.Line("/// <summary>Every value the spec lists, in its order.</summary>");
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{n}> KnownValues {{ get; }} = new {n}[] {{ {string.Join(", ", members.Select(m => m.Member))} }};");
        w.Line();
        w.Line($"/// <summary>Reads a {n} from a JSON string; null for a JSON null.</summary>");
        w.Line($"public static {n}? ReadJson(ref global::System.Text.Json.Utf8JsonReader reader) => {TypeNames.Runtime}TwilioJson.ReadString(ref reader) is {{ }} value ? new {n}(value) : null;");
        w.Line();
        ValueEqualityEmitter.Emit(w, n, "Value", "The wire value.", "wire value");
        w.Close();
    }

    // The statuses a client may set, as their own type: no public constructor, so no other value can be made.
    private static void EmitSettable(SourceWriter w, EnumModel model, SettableStatus settable)
    {
        var n = settable.TypeName;
        var members = Members(model).Where(m => settable.Values.Contains(m.Value)).ToList();
        w.Summary($"A {model.Name} a client may set on update: {string.Join(", ", members.Select(m => m.Value))} (the policy files' clientSettableStatuses); Twilio sets every other status. "
                  + $"Each value is also on {model.Name} (<c>{model.Name}.{members[0].Member}</c>), and converts to it.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} readonly struct {n} : global::System.IEquatable<{n}>");
        w.Line("private readonly string? _value;");
        w.Line();
        w.Line($"private {n}(string value) => _value = value;");
        w.Line();
        foreach (var (member, value) in members)
        {
            w.Line($"/// <summary><c>{SourceWriter.Xml(value)}</c></summary>");
            w.Line(string.Format(System.Globalization.CultureInfo.InvariantCulture, EnumMember, SourceWriter.Literal(value)));
            w.Line($"public static readonly {n} {member} = new({SourceWriter.Literal(value)});");
            w.Line();
        }
        w.Line("/// <summary>The value as sent on the wire.</summary>");
        w.Line($"public string Value => _value ?? throw new global::System.InvalidOperationException(\"This {n} is default (uninitialised); use one of its static values.\");");
        w.Line();
        w.Line($"/// <summary>Every settable status is a {model.Name}.</summary>");
        w.Line($"public static implicit operator {model.Name}({n} status) => new(status.Value);");
        w.Line();
        ValueEqualityEmitter.Emit(w, n, "_value", "The wire value.", "wire value");
        w.Close();
    }
}
