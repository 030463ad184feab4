namespace TrustHubGen.Generator.OpenApi;

/// <summary>Recognises Twilio's SID patterns: <c>^BU[0-9a-fA-F]{32}$</c> (one resource) and <c>^[a-zA-Z]{2}[0-9a-fA-F]{32}$</c> (any).</summary>
internal static class SidPatterns
{
    private const string HexTail = "[0-9a-fA-F]{32}$";
    private const string AnyPrefix = "^[a-zA-Z]{2}" + HexTail;

    public static bool IsAnySid(string? pattern) => pattern == AnyPrefix;

    /// <summary>The two-letter prefix of a single-resource SID pattern, or null.</summary>
    public static string? Prefix(string? pattern)
    {
        if (pattern is null || pattern.Length != 3 + HexTail.Length || pattern[0] != '^' || !pattern.EndsWith(HexTail, System.StringComparison.Ordinal)) return null;
        return IsLetter(pattern[1]) && IsLetter(pattern[2]) ? pattern.Substring(1, 2) : null;
    }

    private static bool IsLetter(char c) => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z';
}
