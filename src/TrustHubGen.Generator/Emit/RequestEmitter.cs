using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Model;

namespace TrustHubGen.Generator.Emit;

/// <summary>
/// Emits a request type per operation that takes query parameters or a form body. Required fields are C#
/// <c>required</c> members, so a missing one is a compile error (CS9035) rather than a 400 from Twilio.
/// </summary>
internal static class RequestEmitter
{
    public static string Emit(string ns, string access, IEnumerable<ResourceModel> resources)
    {
        var w = FileHeader.Start(ns, access);
        var first = true;
        foreach (var operation in resources.SelectMany(r => r.Operations).Where(o => o.RequestTypeName is not null).OrderBy(o => o.RequestTypeName, System.StringComparer.Ordinal))
        {
            if (!first) w.Line();
            first = false;
            Emit(w, operation, ns);
        }
        return w.ToString();
    }

    public static bool HasRequired(OperationModel operation) => operation.QueryFields.Any(f => f.Required) || operation.FormFields.Any(f => f.Required);

    private static void Emit(SourceWriter w, OperationModel operation, string ns)
    {
        w.Summary($"The parameters of {operation.OperationId}" + (operation.Description is { Length: > 0 } d ? ": " + d : "."));
        w.Line(FileHeader.GeneratedCode);
        w.Open($"{w.TypeAccess} sealed class {operation.RequestTypeName}");
        foreach (var field in operation.QueryFields.Concat(operation.FormFields))
        {
            w.Summary(field.Description, $"The {field.WireName} parameter.");
            var type = TypeNames.Of(field.Type, forRequest: true, ns);
            w.Line(field.Required ? $"public required {type} {field.Name} {{ get; init; }}" : $"public {type}? {field.Name} {{ get; init; }}");
            w.Line();
        }
        WriteMethod(w, "WriteQuery", "query-string", operation.QueryFields);
        w.Line();
        WriteMethod(w, "WriteForm", "form", operation.FormFields);
        w.Close();
    }

    private static void WriteMethod(SourceWriter w, string name, string what, IReadOnlyList<FieldModel> fields)
    {
        w.Line($"/// <summary>Adds the {what} parameters as Twilio expects them; unset optional members are left out.</summary>");
        w.Open($"public void {name}({TypeNames.Runtime}TwilioParameters parameters)");
        w.Line("if (parameters is null) throw new global::System.ArgumentNullException(nameof(parameters));");
        foreach (var field in fields) w.Line(TypeNames.Add(field, field.Name));
        w.Close();
    }
}
