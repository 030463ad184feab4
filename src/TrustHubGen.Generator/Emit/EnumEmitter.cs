using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.Naming;

namespace TrustHubGen.Generator.Emit;

/// <summary>
/// Emits one <c>readonly struct</c> per enum. Structs over the wire string, not C# enums, because Twilio adds values
/// (statuses) and a client must still read and pass on what it does not know.
/// </summary>
internal static class EnumEmitter
{
    private static readonly HashSet<string> Reserved = new() { "Value", "IsKnown", "KnownValues", "Equals", "GetHashCode", "ToString", "ReadJson", "GetType" };

    public static string Emit(string ns, string access, IEnumerable<EnumModel> enums)
    {
        var w = FileHeader.Start(ns, access);
        var first = true;
        foreach (var model in enums)
        {
            if (!first) w.Line();
            first = false;
            Emit(w, model);
        }
        return w.ToString();
    }

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

    private static void Emit(SourceWriter w, EnumModel model)
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
            w.Line($"/// <summary><c>{SourceWriter.Xml(value)}</c></summary>");
            w.Line($"public static {n} {member} {{ get; }} = new({SourceWriter.Literal(value)});");
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
        w.Line($"public static global::System.Collections.Generic.IReadOnlyList<{n}> KnownValues {{ get; }} = new[] {{ {string.Join(", ", members.Select(m => m.Member))} }};");
        w.Line();
        w.Line($"/// <summary>Reads a {n} from a JSON string; null for a JSON null.</summary>");
        w.Line($"public static {n}? ReadJson(ref global::System.Text.Json.Utf8JsonReader reader) => {TypeNames.Runtime}TwilioJson.ReadString(ref reader) is {{ }} value ? new {n}(value) : null;");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public bool Equals({n} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line($"public override bool Equals(object? obj) => obj is {n} other && Equals(other);");
        w.Line();
        w.Line("/// <inheritdoc />");
        w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Value);");
        w.Line();
        w.Line("/// <summary>The wire value.</summary>");
        w.Line("public override string ToString() => Value;");
        w.Line();
        w.Line("/// <summary>Equality by wire value.</summary>");
        w.Line($"public static bool operator ==({n} left, {n} right) => left.Equals(right);");
        w.Line();
        w.Line("/// <summary>Inequality by wire value.</summary>");
        w.Line($"public static bool operator !=({n} left, {n} right) => !left.Equals(right);");
        w.Close();
    }
}
