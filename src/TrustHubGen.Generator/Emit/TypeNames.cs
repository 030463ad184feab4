using System;
using TrustHubGen.Generator.Model;

namespace TrustHubGen.Generator.Emit;

/// <summary>The C# spelling of a <see cref="TypeRef"/> and the runtime calls that read, write and send it.</summary>
internal static class TypeNames
{
    public const string Runtime = "global::TrustHubGen.Runtime.";

    /// <summary>The type of a model property or a request member, without the trailing '?'.</summary>
    public static string Of(TypeRef type, bool forRequest, string ns) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Decimal => "decimal",
        TypeKind.Boolean => "bool",
        TypeKind.DateTime or TypeKind.DateTimeRfc2822 => "global::System.DateTimeOffset",
        TypeKind.Uri => "global::System.Uri",
        TypeKind.Sid or TypeKind.Enum or TypeKind.Record => Q(ns, type.Name!),
        TypeKind.AnySid => Runtime + "TwilioSid",
        TypeKind.RecordArray or TypeKind.EnumArray => "global::System.Collections.Generic.IReadOnlyList<" + Q(ns, type.Name!) + ">",
        TypeKind.StringArray => "global::System.Collections.Generic.IReadOnlyList<string>",
        TypeKind.StringMap => "global::System.Collections.Generic.IReadOnlyDictionary<string, string>",
        TypeKind.Json => forRequest ? Runtime + "TwilioJsonValue" : "global::System.Text.Json.JsonElement",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>An expression reading the value the reader is on (or null for a JSON null).</summary>
    public static string Read(TypeRef type, string ns) => type.Kind switch
    {
        TypeKind.String => Runtime + "TwilioJson.ReadString(ref reader)",
        TypeKind.Int32 => Runtime + "TwilioJson.ReadInt32(ref reader)",
        TypeKind.Int64 => Runtime + "TwilioJson.ReadInt64(ref reader)",
        TypeKind.Decimal => Runtime + "TwilioJson.ReadDecimal(ref reader)",
        TypeKind.Boolean => Runtime + "TwilioJson.ReadBoolean(ref reader)",
        TypeKind.DateTime or TypeKind.DateTimeRfc2822 => Runtime + "TwilioJson.ReadDateTime(ref reader)",
        TypeKind.Uri => Runtime + "TwilioJson.ReadUri(ref reader)",
        TypeKind.Sid or TypeKind.Enum => Q(ns, type.Name!) + ".ReadJson(ref reader)",
        TypeKind.AnySid => Runtime + "TwilioJson.ReadString(ref reader) is { Length: > 0 } value ? " + Runtime + "TwilioSid.Parse(value) : null",
        TypeKind.Record => "reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : " + Q(ns, type.Name!) + ".ReadJson(ref reader)",
        TypeKind.RecordArray => Runtime + "TwilioJson.ReadArray<" + Q(ns, type.Name!) + ">(ref reader, " + Q(ns, type.Name!) + ".ReadJson)",
        TypeKind.EnumArray => Runtime + "TwilioJson.ReadArray<" + Q(ns, type.Name!) + ">(ref reader, static (ref global::System.Text.Json.Utf8JsonReader r) => " + Q(ns, type.Name!) + ".ReadJson(ref r)!.Value)",
        TypeKind.StringArray => Runtime + "TwilioJson.ReadStringArray(ref reader)",
        TypeKind.StringMap => Runtime + "TwilioJson.ReadStringMap(ref reader)",
        TypeKind.Json => Runtime + "TwilioJson.ReadElement(ref reader)",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, null),
    };

    /// <summary>A statement writing property <paramref name="member"/> under <paramref name="jsonName"/>.</summary>
    public static string Write(TypeRef type, string jsonName, string member, string ns)
    {
        var name = SourceWriter.Literal(jsonName);
        return type.Kind switch
        {
            TypeKind.Sid or TypeKind.Enum or TypeKind.AnySid => Runtime + "TwilioJson.Write(writer, " + name + ", " + member + "?.Value);",
            TypeKind.Int32 => Runtime + "TwilioJson.Write(writer, " + name + ", (long?)" + member + ");",
            TypeKind.DateTimeRfc2822 => Runtime + "TwilioJson.WriteRfc2822(writer, " + name + ", " + member + ");",
            TypeKind.Record => "if (" + member + " is null) writer.WriteNull(" + name + "); else { writer.WritePropertyName(" + name + "); " + member + ".WriteJson(writer); }",
            TypeKind.RecordArray => Runtime + "TwilioJson.WriteArray<" + Q(ns, type.Name!) + ">(writer, " + name + ", " + member + ", static (w, item) => item.WriteJson(w));",
            TypeKind.EnumArray => Runtime + "TwilioJson.WriteArray<" + Q(ns, type.Name!) + ">(writer, " + name + ", " + member + ", static (w, item) => w.WriteStringValue(item.Value));",
            _ => Runtime + "TwilioJson.Write(writer, " + name + ", " + member + ");",
        };
    }

    /// <summary>A generated type, qualified: a property may share its type's name (AccountSid AccountSid).</summary>
    public static string Q(string ns, string name) => "global::" + ns + "." + name;

    /// <summary>A statement adding a request member to <c>parameters</c>; unset optional members add nothing.</summary>
    public static string Add(FieldModel field, string member)
    {
        var name = SourceWriter.Literal(field.WireName);
        var nullable = !field.Required;
        var value = nullable ? member + "?" : member;
        return field.Type.Kind switch
        {
            TypeKind.Sid or TypeKind.AnySid or TypeKind.Enum => "parameters.Add(" + name + ", " + value + ".Value);",
            TypeKind.Int32 => "parameters.Add(" + name + ", (long?)" + member + ");",
            TypeKind.Decimal => "parameters.Add(" + name + ", " + value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture));",
            TypeKind.DateTimeRfc2822 => "parameters.Add(" + name + ", (global::System.DateTimeOffset?)" + member + ");",
            TypeKind.StringArray => "parameters.AddRange(" + name + ", " + member + ");",
            TypeKind.EnumArray => "if (" + member + " is not null) foreach (var item in " + member + ") parameters.Add(" + name + ", item.Value);",
            TypeKind.Json => "parameters.AddJson(" + name + ", " + value + ".Json);",
            TypeKind.Record or TypeKind.RecordArray or TypeKind.StringMap => throw new InvalidOperationException("Form fields are never records."),
            _ => "parameters.Add(" + name + ", " + member + ");",
        };
    }
}
