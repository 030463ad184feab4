using System.Collections.Generic;
using TrustHubGen.Generator.Model;

namespace TrustHubGen.Generator.Emit;

/// <summary>Emits a record per response schema with its JSON reader and writer on Utf8JsonReader/Utf8JsonWriter.</summary>
internal static class ModelEmitter
{
    public static string Emit(string ns, string access, IEnumerable<RecordModel> records)
    {
        var w = FileHeader.Start(ns, access);
        var first = true;
        foreach (var record in records)
        {
            if (!first) w.Line();
            first = false;
            Emit(w, record, ns);
        }
        return w.ToString();
    }

    private static void Emit(SourceWriter w, RecordModel record, string ns)
    {
        var n = record.Name;
        w.Summary(record.Description, $"A {n} resource as Twilio returns it.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} sealed partial record {n}");
        foreach (var property in record.Properties)
        {
            w.Summary(property.Description, $"The {property.JsonName} field.");
            w.Line($"public {TypeNames.Of(property.Type, forRequest: false, ns)}? {property.Name} {{ get; init; }}");
            w.Line();
        }

        w.Line($"/// <summary>Reads a {n} from the JSON object the reader is on; unknown properties are skipped.</summary>");
        w.Open($"public static {n} ReadJson(ref global::System.Text.Json.Utf8JsonReader reader)");
        w.Line($"{TypeNames.Runtime}TwilioJson.ExpectStartObject(ref reader, \"{n}\");");
        foreach (var property in record.Properties)
            w.Line($"{TypeNames.Of(property.Type, forRequest: false, ns)}? v{property.Name} = null;");
        w.Open("while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)");
        var keyword = "if";
        foreach (var property in record.Properties)
        {
            w.Line($"{keyword} (reader.ValueTextEquals({SourceWriter.Literal(property.JsonName)}u8))");
            w.Line("{");
            w.Line("    reader.Read();");
            w.Line($"    v{property.Name} = {TypeNames.Read(property.Type, ns)};");
            w.Line("}");
            keyword = "else if";
        }
        if (record.Properties.Count == 0) w.Line($"{TypeNames.Runtime}TwilioJson.SkipValue(ref reader);");
        else
        {
            w.Line("else");
            w.Line("{");
            w.Line($"    {TypeNames.Runtime}TwilioJson.SkipValue(ref reader);");
            w.Line("}");
        }
        w.Close();
        w.Line($"return new {n}");
        w.Line("{");
        foreach (var property in record.Properties) w.Line($"    {property.Name} = v{property.Name},");
        w.Line("};");
        w.Close();
        w.Line();
        w.Line($"/// <summary>Writes this {n} as a JSON object with Twilio's property names.</summary>");
        w.Open("public void WriteJson(global::System.Text.Json.Utf8JsonWriter writer)");
        w.Line("if (writer is null) throw new global::System.ArgumentNullException(nameof(writer));");
        w.Line("writer.WriteStartObject();");
        foreach (var property in record.Properties) w.Line(TypeNames.Write(property.Type, property.JsonName, property.Name, ns));
        w.Line("writer.WriteEndObject();");
        w.Close();
        EmitPrintMembers(w, record);
        w.Close();
    }

    // A record prints every property, a field the spec marks sensitive too (an account's auth_token, in every log line
    // that prints the record), and a list or a map by its type name ("Dictionary`2[System.String,System.String]"): where
    // the record holds either, its ToString prints "***" for the sensitive ones and the others by their content.
    private static void EmitPrintMembers(SourceWriter w, RecordModel record)
    {
        var needed = false;
        foreach (var property in record.Properties) needed |= property.Sensitive || IsCollection(property.Type.Kind);
        if (!needed) return;
        w.Line();
        w.Line("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        w.Line("{");
        var separator = "";
        foreach (var property in record.Properties)
        {
            w.Line(property.Sensitive
                ? $"    builder.Append(\"{separator}{property.Name} = \").Append({property.Name} is null ? null : \"***\");"
                : IsCollection(property.Type.Kind)
                ? $"    {TypeNames.Runtime}TwilioJson.Print(builder.Append(\"{separator}{property.Name} = \"), {property.Name});"
                : $"    builder.Append(\"{separator}{property.Name} = \").Append((object?){property.Name});");
            separator = ", ";
        }
        w.Line("    return true;");
        w.Line("}");
    }

    private static bool IsCollection(TypeKind kind) =>
        kind is TypeKind.RecordArray or TypeKind.EnumArray or TypeKind.StringArray or TypeKind.StringMap;
}
