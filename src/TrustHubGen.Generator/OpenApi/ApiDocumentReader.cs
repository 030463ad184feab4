using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Model;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.OpenApi;

/// <summary>
/// Reads one OpenAPI document into an <see cref="ApiDocumentResult"/>. Never throws: every problem becomes a
/// diagnostic with the file, line and column, and what can be generated still is.
/// </summary>
internal static class ApiDocumentReader
{
    /// <summary>The largest document accepted, in characters. The official API 2010 spec is 2.1 MB.</summary>
    public const int MaxLength = 10 * 1024 * 1024;

    public static ApiDocumentResult Read(string path, string? text, FileSelection selection, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            var model = ReadCore(path, text, selection, diagnostics, cancellationToken);
            return new ApiDocumentResult(model, new EquatableArray<DiagnosticInfo>(diagnostics));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A generator must never throw on an input: the failure becomes a diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.InternalError,
                $"TrustHubGen could not generate from {SpecSelection.FileName(path)} ({ex.GetType().Name}: {ex.Message}). Please report this with the file.", path, 0, 0));
            return new ApiDocumentResult(null, new EquatableArray<DiagnosticInfo>(diagnostics));
        }
    }

    private static ApiDocumentModel? ReadCore(string path, string? text, FileSelection selection, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var name = SpecSelection.FileName(path);
        if (text is null || text.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.EmptyFile, $"{name} is empty; expected an OpenAPI 3.0 or 3.1 document in JSON.", path, 0, 0));
            return null;
        }
        if (text.Length > MaxLength)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.FileTooLarge,
                $"{name} has {text.Length / (1024 * 1024)} MB; the limit is {MaxLength / (1024 * 1024)} MB. Select the operations you need with TrustHubGenOperations on a smaller copy of the spec.", path, 0, 0));
            return null;
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.MalformedJson,
                $"{name} is not valid JSON: {Clean(ex.Message)}", path, (int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0)));
            return null;
        }

        using (json)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticIds.InvalidOpenApi, $"{name} must be a JSON object with 'openapi', 'info' and 'paths'.", path, 0, 0));
                return null;
            }
            if (!CheckVersion(path, text, root, diagnostics)) return null;
            var selected = SpecSelection.Apply(path, text, root, selection, diagnostics);
            if (selected is null) return null;
            cancellationToken.ThrowIfCancellationRequested();

            ReadResult result;
            try
            {
                result = OpenApiDocument.Parse(selected.PrunedJson, "json", new OpenApiReaderSettings());
            }
            catch (OpenApiException ex)
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticIds.InvalidOpenApi, $"{name} could not be read as OpenAPI: {ex.Message}", path, 0, 0));
                return null;
            }
            var errors = result.Diagnostic?.Errors ?? (IList<OpenApiError>)Array.Empty<OpenApiError>();
            foreach (var error in errors)
            {
                var pointer = JsonPositions.ParsePointer(error.Pointer);
                diagnostics.Add(SpecSelection.At(path, text, DiagnosticIds.InvalidOpenApi, pointer,
                    $"{name}: {error.Message}{(string.IsNullOrEmpty(error.Pointer) ? "" : " (at " + error.Pointer + ")")}"));
            }
            if (result.Document is null) return null;
            cancellationToken.ThrowIfCancellationRequested();
            return new ApiModelBuilder(path, result.Document, selected.SelectedOperations, selection.SidNames, diagnostics).Build();
        }
    }

    private static bool CheckVersion(string path, string text, JsonElement root, List<DiagnosticInfo> diagnostics)
    {
        var name = SpecSelection.FileName(path);
        if (root.TryGetProperty("openapi", out var version) && version.ValueKind == JsonValueKind.String)
        {
            var value = version.GetString()!;
            if (value.StartsWith("3.0.", StringComparison.Ordinal) || value.StartsWith("3.1.", StringComparison.Ordinal)) return true;
            diagnostics.Add(SpecSelection.At(path, text, DiagnosticIds.UnsupportedOpenApiVersion, new[] { "openapi" },
                $"{name} is OpenAPI {value}; TrustHubGen reads OpenAPI 3.0.x and 3.1.x documents."));
            return false;
        }
        var swagger = root.TryGetProperty("swagger", out _);
        diagnostics.Add(SpecSelection.At(path, text, DiagnosticIds.UnsupportedOpenApiVersion, swagger ? new[] { "swagger" } : Array.Empty<string>(),
            swagger
                ? $"{name} is a Swagger 2.0 document; TrustHubGen reads OpenAPI 3.0.x and 3.1.x. Convert it first."
                : $"{name} has no 'openapi' version field; expected an OpenAPI 3.0.x or 3.1.x document with \"openapi\": \"3.0.1\"."));
        return false;
    }

    // System.Text.Json appends its own "LineNumber: x | BytePositionInLine: y." which the diagnostic's location already says.
    private static string Clean(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return index < 0 ? message : message.Substring(0, index);
    }
}
