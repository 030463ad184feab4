using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TrustHubGen.Policies;
using TrustHubGen.Generator.Model;

namespace TrustHubGen.Generator.OpenApi;

/// <summary>
/// Applies <c>TrustHubGenOperations</c>/<c>TrustHubGenPaths</c> on the raw JSON and checks every <c>$ref</c>.
/// Why on raw JSON: API 2010 is 2 MB and we need three operations of it; building Microsoft.OpenApi's object model
/// for all of it would cost most of the generator's time on every spec edit. The pruned text keeps the selected path
/// items (whole, so a delete can still find its resource through its siblings) and the components they reference.
/// </summary>
internal sealed class SpecSelection
{
    private static readonly string[] Methods = { "get", "post", "put", "patch", "delete" };

    private SpecSelection(string prunedJson, HashSet<string> operations)
    {
        PrunedJson = prunedJson;
        SelectedOperations = operations;
    }

    /// <summary>The JSON handed to Microsoft.OpenApi.</summary>
    public string PrunedJson { get; }

    /// <summary>The operation ids to generate.</summary>
    public HashSet<string> SelectedOperations { get; }

    public static SpecSelection? Apply(string path, string text, JsonElement root, FileSelection selection, List<InputDiagnostic> diagnostics)
    {
        if (!root.TryGetProperty("paths", out var paths) || paths.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(At(path, text, InputDiagnosticIds.OpenApiInvalidDocument, new[] { "paths" },
                FileName(path), $"'paths' in {FileName(path)} must be an object of path items (\"/v1/Foo\": {{ \"get\": ... }}), but it is {Describe(paths)}."));
            return null;
        }

        var wholeDocument = selection.Operations.IsEmpty && selection.Paths.IsEmpty;
        var wantedOperations = new HashSet<string>(selection.Operations, StringComparer.Ordinal);
        var wantedPaths = new HashSet<string>(selection.Paths, StringComparer.Ordinal);
        var keptPaths = new List<JsonProperty>();
        var selected = new HashSet<string>(StringComparer.Ordinal);
        var allOperations = new List<string>();
        foreach (var pathItem in paths.EnumerateObject())
        {
            if (pathItem.Value.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(At(path, text, InputDiagnosticIds.OpenApiInvalidDocument, new[] { "paths", pathItem.Name },
                    FileName(path), $"path item '{pathItem.Name}' must be an object of operations, but it is {Describe(pathItem.Value)}."));
                continue;
            }
            var keep = wholeDocument || wantedPaths.Contains(pathItem.Name);
            foreach (var method in Methods)
            {
                if (!pathItem.Value.TryGetProperty(method, out var operation) || operation.ValueKind != JsonValueKind.Object) continue;
                if (!operation.TryGetProperty("operationId", out var idElement) || idElement.ValueKind != JsonValueKind.String) continue;
                var id = idElement.GetString()!;
                allOperations.Add(id);
                if (wholeDocument || wantedPaths.Contains(pathItem.Name) || wantedOperations.Contains(id))
                {
                    selected.Add(id);
                    keep = true;
                }
            }
            if (keep) keptPaths.Add(pathItem);
            wantedPaths.Remove(pathItem.Name);
        }

        foreach (var missing in wantedOperations.Where(o => !selected.Contains(o)).OrderBy(o => o, StringComparer.Ordinal))
        {
            var near = allOperations.FirstOrDefault(o => string.Equals(o, missing, StringComparison.OrdinalIgnoreCase))
                ?? allOperations.Where(o => o.StartsWith(missing.Substring(0, Math.Min(5, missing.Length)), StringComparison.OrdinalIgnoreCase)).OrderBy(o => o, StringComparer.Ordinal).FirstOrDefault();
            diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OpenApiUnknownOperation, path, 0, 0, missing, FileName(path),
                near is null ? "ids are case-sensitive." : $"did you mean '{near}'?"));
        }
        foreach (var missing in wantedPaths.OrderBy(p => p, StringComparer.Ordinal))
        {
            diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OpenApiUnknownPath, path, 0, 0, missing, FileName(path)));
        }

        var schemas = root.TryGetProperty("components", out var components) && components.ValueKind == JsonValueKind.Object
            && components.TryGetProperty("schemas", out var s) && s.ValueKind == JsonValueKind.Object ? s : default;
        var referenced = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        foreach (var pathItem in keptPaths)
            CollectRefs(pathItem.Value, new List<string> { "paths", pathItem.Name }, path, text, schemas, referenced, pending, diagnostics);
        while (pending.Count > 0)
        {
            var name = pending.Dequeue();
            CollectRefs(schemas.GetProperty(name), new List<string> { "components", "schemas", name }, path, text, schemas, referenced, pending, diagnostics);
        }
        // A schema that is only a $ref of another, in a ring (A → B → A), reaches no schema: Microsoft.OpenApi and the model
        // builder would chase it for ever. Reported at the $ref that closes the ring, and nothing is generated from the file.
        if (ReportAliasCycles(path, text, schemas, wholeDocument ? AllSchemaNames(schemas) : referenced, diagnostics)) return null;
        if (wholeDocument)
        {
            // Every component is generated for a whole document, referenced or not: check their refs too.
            if (schemas.ValueKind == JsonValueKind.Object)
            {
                foreach (var schema in schemas.EnumerateObject())
                {
                    if (referenced.Add(schema.Name))
                        CollectRefs(schema.Value, new List<string> { "components", "schemas", schema.Name }, path, text, schemas, referenced, pending, diagnostics);
                }
            }
            return new SpecSelection(text, selected);
        }
        return new SpecSelection(Write(root, keptPaths, schemas, referenced), selected);
    }

    private static void CollectRefs(JsonElement element, List<string> pointer, string path, string text, JsonElement schemas,
        SortedSet<string> referenced, Queue<string> pending, List<InputDiagnostic> diagnostics)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    pointer.Add(property.Name);
                    if (property.Name == "$ref" && property.Value.ValueKind == JsonValueKind.String)
                        CheckRef(property.Value.GetString()!, pointer, path, text, schemas, referenced, pending, diagnostics);
                    else if (property.Name != "examples" && property.Name != "example")
                        CollectRefs(property.Value, pointer, path, text, schemas, referenced, pending, diagnostics);
                    pointer.RemoveAt(pointer.Count - 1);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    pointer.Add((index++).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    CollectRefs(item, pointer, path, text, schemas, referenced, pending, diagnostics);
                    pointer.RemoveAt(pointer.Count - 1);
                }
                break;
        }
    }

    private static void CheckRef(string reference, List<string> pointer, string path, string text, JsonElement schemas,
        SortedSet<string> referenced, Queue<string> pending, List<InputDiagnostic> diagnostics)
    {
        const string prefix = "#/components/schemas/";
        if (reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            var name = reference.Substring(prefix.Length);
            if (schemas.ValueKind == JsonValueKind.Object && schemas.TryGetProperty(name, out _))
            {
                if (referenced.Add(name)) pending.Enqueue(name);
                return;
            }
            diagnostics.Add(At(path, text, InputDiagnosticIds.OpenApiUnresolvedReference, pointer,
                reference, FileName(path), $"points at no schema: components/schemas has no '{name}'. Add the schema or fix the name."));
            return;
        }
        diagnostics.Add(At(path, text, InputDiagnosticIds.OpenApiUnresolvedReference, pointer,
            reference, FileName(path), "is not supported: only local schema references ('#/components/schemas/Name') are."));
    }

    private static IEnumerable<string> AllSchemaNames(JsonElement schemas) =>
        schemas.ValueKind == JsonValueKind.Object ? schemas.EnumerateObject().Select(p => p.Name) : Enumerable.Empty<string>();

    private static bool ReportAliasCycles(string path, string text, JsonElement schemas, IEnumerable<string> names, List<InputDiagnostic> diagnostics)
    {
        const string prefix = "#/components/schemas/";
        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in names.OrderBy(n => n, StringComparer.Ordinal).ToList())
        {
            var chain = new List<string>();
            var name = start;
            while (!inCycle.Contains(name) && schemas.ValueKind == JsonValueKind.Object && schemas.TryGetProperty(name, out var schema)
                && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference)
                && reference.ValueKind == JsonValueKind.String && reference.GetString()!.StartsWith(prefix, StringComparison.Ordinal))
            {
                var at = chain.IndexOf(name);
                if (at >= 0)
                {
                    var ring = chain.Skip(at).ToList();
                    var last = chain[chain.Count - 1];
                    diagnostics.Add(At(path, text, InputDiagnosticIds.OpenApiUnresolvedReference, new[] { "components", "schemas", last, "$ref" },
                        prefix + name, FileName(path),
                        $"never reaches a schema: {string.Join(" → ", ring.Append(name))} only refer to each other. Make one of them a schema."));
                    inCycle.UnionWith(ring);
                    break;
                }
                chain.Add(name);
                name = reference.GetString()!.Substring(prefix.Length);
            }
        }
        return inCycle.Count > 0;
    }

    private static string Write(JsonElement root, List<JsonProperty> keptPaths, JsonElement schemas, SortedSet<string> referenced)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var property in root.EnumerateObject())
            {
                if (property.Name == "paths")
                {
                    writer.WriteStartObject("paths");
                    foreach (var pathItem in keptPaths) pathItem.WriteTo(writer);
                    writer.WriteEndObject();
                }
                else if (property.Name == "components" && property.Value.ValueKind == JsonValueKind.Object)
                {
                    writer.WriteStartObject("components");
                    foreach (var part in property.Value.EnumerateObject())
                    {
                        if (part.Name != "schemas") { part.WriteTo(writer); continue; }
                        writer.WriteStartObject("schemas");
                        foreach (var name in referenced)
                        {
                            writer.WritePropertyName(name);
                            schemas.GetProperty(name).WriteTo(writer);
                        }
                        writer.WriteEndObject();
                    }
                    writer.WriteEndObject();
                }
                else if (property.Name != "tags")
                {
                    property.WriteTo(writer);
                }
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static InputDiagnostic At(string path, string text, string id, IReadOnlyList<string> pointer, params string[] args)
    {
        var (line, column) = JsonPositions.Locate(text, pointer);
        return InputDiagnostic.Create(id, path, line, column, args);
    }

    public static string FileName(string path) => Path.GetFileName(path);

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined => "missing",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };
}
