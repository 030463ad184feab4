using System.Text.Json;

namespace TrustHubGen.Runtime;

/// <summary>
/// Reads one list item from <paramref name="reader"/>, positioned on the item's first token (its <c>{</c>), and
/// returns with the reader on the item's last token (its <c>}</c>), as System.Text.Json converters do.
/// </summary>
public delegate T JsonItemReader<out T>(ref Utf8JsonReader reader);
