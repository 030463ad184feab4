using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrustHubGen.Emulator.State.Storage;

/// <summary>
/// Source-generated (reflection-free, AOT-clean) serialization of <see cref="StateDocument"/>: snake_case names,
/// ISO 8601 dates in whole seconds, plain escaping as in API answers, and comments and trailing commas accepted in
/// hand-written seed files. An unknown key is an error naming it: in a hand-written seed it is a misspelt one whose data
/// would otherwise be left out without a word (a state file of another format version is refused before this).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    Converters = [typeof(IsoDateConverter)])]
[JsonSerializable(typeof(StateDocument))]
internal sealed partial class StateJsonContext : JsonSerializerContext
{
    /// <summary>The context with the options the file needs beyond the attribute's (encoder, depth).</summary>
    public static StateJsonContext File { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new IsoDateConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = StateLimits.FileMaxDepth,
    });
}
