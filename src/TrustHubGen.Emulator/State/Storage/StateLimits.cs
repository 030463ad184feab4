using System.Text;
using System.Text.Json;

namespace TrustHubGen.Emulator.State.Storage;

/// <summary>
/// What the emulator accepts it must be able to write to its state file and read back. Client JSON
/// (<c>Attributes</c>) is the only input whose nesting the client chooses, so the API's limit and the file reader's
/// limit are set here together.
/// </summary>
internal static class StateLimits
{
    /// <summary>
    /// The deepest nesting of an <c>Attributes</c> object the API accepts (deeper input is refused with 400, 990011).
    /// Responses wrap attributes in up to 3 more levels (<c>{"results":[{"attributes":…}]}</c>), so 32 keeps every
    /// answer within the 64 levels that common JSON readers allow by default (System.Text.Json, Json.NET in
    /// Twilio's C# package). Real attributes are flat.
    /// </summary>
    public const int AttributesMaxDepth = 32;

    /// <summary>What emulators before this limit accepted (System.Text.Json's default), so their files still load.</summary>
    public const int FormerAttributesMaxDepth = 64;

    /// <summary>
    /// Containers around an attributes object in the file: the document, <c>accounts</c>, the account,
    /// <c>end_users</c> (or <c>supporting_documents</c>) and the object itself. Evaluation results sit deeper
    /// (7 levels) but are the emulator's own, 4 levels at most.
    /// </summary>
    public const int AttributesDepthInFile = 5;

    /// <summary>The state (and seed) file reader's depth limit: room for the deepest attributes any emulator accepted.</summary>
    public const int FileMaxDepth = AttributesDepthInFile + (AttributesMaxDepth > FormerAttributesMaxDepth ? AttributesMaxDepth : FormerAttributesMaxDepth);

    /// <summary>True when <paramref name="json"/> nests deeper than <see cref="AttributesMaxDepth"/>, whatever else is wrong with it.</summary>
    public static bool ExceedsAttributesDepth(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = AttributesMaxDepth + 1 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= AttributesMaxDepth)
                {
                    return true;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed before reaching the limit: not a depth problem.
        }

        return false;
    }
}
