namespace TrustHubGen.Emulator.Routes;

/// <summary>
/// The IncomingPhoneNumbers <c>PhoneNumber</c> filter: "You can specify partial numbers and use '*' as a wildcard for
/// any digit" (the parameter's description in the official API 2010 spec). A partial number with its "+" matches from
/// the start of the E.164 number; one without matches anywhere in it.
/// </summary>
internal static class PhoneNumberPattern
{
    private const char AnyDigit = '*';

    /// <summary>The part before the first wildcard: a plain prefix the sorted-number index can find.</summary>
    public static string LiteralPrefix(string pattern)
    {
        var wildcard = pattern.IndexOf(AnyDigit, StringComparison.Ordinal);
        return wildcard < 0 ? pattern : pattern[..wildcard];
    }

    public static bool HasWildcard(string pattern) => pattern.Contains(AnyDigit, StringComparison.Ordinal);

    public static bool MatchesStart(string e164, string pattern) => MatchesAt(e164, pattern, 0);

    public static bool MatchesAnywhere(string e164, string pattern)
    {
        for (var start = 0; start + pattern.Length <= e164.Length; start++)
        {
            if (MatchesAt(e164, pattern, start))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MatchesAt(string e164, string pattern, int start)
    {
        if (start + pattern.Length > e164.Length)
        {
            return false;
        }

        for (var i = 0; i < pattern.Length; i++)
        {
            var c = e164[start + i];
            if (pattern[i] == AnyDigit ? !char.IsAsciiDigit(c) : pattern[i] != c)
            {
                return false;
            }
        }

        return true;
    }
}
