using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrustHubGen.Cli.Output.Json;

/// <summary>Source-generated serialisation of the <c>--json</c> documents.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(OnboardDocument))]
[JsonSerializable(typeof(ErrorDocument))]
[JsonSerializable(typeof(SyncDocument))]
internal sealed partial class CliJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context users' documents are written with: as the attribute says, plus relaxed escaping, so messages keep
    /// their quotes, <c>&lt;policy&gt;</c> and <c>…</c> readable (the output is a document on stdout, never embedded in HTML).
    /// </summary>
    public static CliJsonContext Documents { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
