using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
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

    public static ApiDocumentResult Read(string path, string? text, FileSelection selection, int maxOperations, CancellationToken cancellationToken)
    {
        var diagnostics = new List<InputDiagnostic>();
        try
        {
            var model = ReadCore(path, text, selection, maxOperations, diagnostics, cancellationToken);
            return new ApiDocumentResult(model, new EquatableArray<InputDiagnostic>(diagnostics));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A generator must never throw on an input: the failure becomes a diagnostic.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.GeneratorFailure, path, 0, 0, SpecSelection.FileName(path), ex.GetType().Name, ex.Message));
            return new ApiDocumentResult(null, new EquatableArray<InputDiagnostic>(diagnostics));
        }
    }

    private static ApiDocumentModel? ReadCore(string path, string? text, FileSelection selection, int maxOperations, List<InputDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var name = SpecSelection.FileName(path);
        if (text is null || text.Trim('\uFEFF', ' ', '\t', '\r', '\n').Length == 0)
        {
            diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OpenApiEmptyFile, path, 0, 0, name));
            return null;
        }
        if (text.Length > MaxLength)
        {
            diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OpenApiTooLarge, path, 0, 0, name, Mb(text.Length), Mb(MaxLength)));
            return null;
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 256 });
        }
        catch (JsonException ex)
        {
            // The reader's position is a byte offset in a line; the diagnostic's column counts characters, as editors do.
            var (line, column) = JsonPositions.OfReaderError(text, ex);
            diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OpenApiMalformedJson, path, line, column, name, Clean(ex.Message)));
            return null;
        }

        using (json)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OpenApiInvalidDocument, path, 0, 0, name, "it must be a JSON object with 'openapi', 'info' and 'paths'."));
                return null;
            }
            if (!CheckVersion(path, text, root, diagnostics)) return null;
            var selected = SpecSelection.Apply(path, text, root, selection, diagnostics);
            if (selected is null) return null;
            // Checked before Microsoft.OpenApi reads the document: past the limit that read alone takes seconds, and
            // compiling the SDK minutes and gigabytes on every build (docs/benchmarks.md, "Large OpenAPI documents").
            if (selected.SelectedOperations.Count > maxOperations)
            {
                diagnostics.Add(SpecSelection.At(path, text, InputDiagnosticIds.OpenApiTooManyOperations, new[] { "paths" }, name,
                    selected.SelectedOperations.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
                    maxOperations.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
                return null;
            }
            cancellationToken.ThrowIfCancellationRequested();

            ReadResult result;
            try
            {
                result = OpenApiDocument.Parse(selected.PrunedJson, "json", new OpenApiReaderSettings());
            }
            catch (OpenApiException ex)
            {
                diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.OpenApiInvalidDocument, path, 0, 0, name, "it could not be read as OpenAPI: " + ex.Message));
                return null;
            }
            var errors = result.Diagnostic?.Errors ?? (IList<OpenApiError>)Array.Empty<OpenApiError>();
            foreach (var error in errors)
            {
                var pointer = JsonPositions.ParsePointer(error.Pointer);
                diagnostics.Add(SpecSelection.At(path, text, InputDiagnosticIds.OpenApiInvalidDocument, pointer,
                    name, error.Message + (string.IsNullOrEmpty(error.Pointer) ? "" : " (at " + error.Pointer + ")")));
            }
            if (result.Document is null) return null;
            cancellationToken.ThrowIfCancellationRequested();
            return new ApiModelBuilder(path, result.Document, selected.SelectedOperations, selection.SidNames, diagnostics).Build();
        }
    }

    private static bool CheckVersion(string path, string text, JsonElement root, List<InputDiagnostic> diagnostics)
    {
        var name = SpecSelection.FileName(path);
        if (root.TryGetProperty("openapi", out var version) && version.ValueKind == JsonValueKind.String)
        {
            var value = version.GetString()!;
            if (value.StartsWith("3.0.", StringComparison.Ordinal) || value.StartsWith("3.1.", StringComparison.Ordinal)) return true;
            diagnostics.Add(SpecSelection.At(path, text, InputDiagnosticIds.OpenApiUnsupportedVersion, new[] { "openapi" }, name, "OpenAPI " + value));
            return false;
        }
        var swagger = root.TryGetProperty("swagger", out _);
        diagnostics.Add(SpecSelection.At(path, text, InputDiagnosticIds.OpenApiUnsupportedVersion, swagger ? new[] { "swagger" } : Array.Empty<string>(),
            name, swagger ? "a Swagger 2.0 document" : "no OpenAPI document (it has no 'openapi' version field)"));
        return false;
    }

    private static string Mb(int characters) => (characters / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // System.Text.Json appends its own "LineNumber: x | BytePositionInLine: y." which the diagnostic's location already says.
    private static string Clean(string message)
    {
        var index = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return index < 0 ? message : message.Substring(0, index);
    }
}
