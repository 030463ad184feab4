using System.Text.Json;

namespace TrustHubGen.Runtime;

/// <summary>Reads one list item from <paramref name="reader"/>, positioned on the item's first token.</summary>
public delegate T JsonItemReader<out T>(ref Utf8JsonReader reader);
