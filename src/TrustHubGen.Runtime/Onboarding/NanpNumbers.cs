using System.Collections.Generic;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// Country and toll-free facts for E.164 numbers, enough to refuse numbers before any write. The runtime does not
/// reference TrustHubGen.Policies, so this is a small copy of its NANP knowledge (NANPA area-code assignments).
/// </summary>
internal static class NanpNumbers
{
    private static readonly HashSet<string> Canada = new()
    {
        "368", "403", "587", "780", "825", "236", "250", "257", "604", "672", "778", "204", "431", "584", "428", "506",
        "709", "879", "782", "902", "226", "249", "289", "343", "365", "382", "387", "416", "437", "519", "548", "613",
        "647", "683", "705", "742", "753", "807", "905", "942", "263", "354", "367", "418", "438", "450", "468", "514",
        "579", "581", "819", "873", "306", "474", "639", "867", "600", "622",
    };

    private static readonly Dictionary<string, string> OtherNanp = new()
    {
        ["242"] = "BS", ["246"] = "BB", ["264"] = "AI", ["268"] = "AG", ["284"] = "VG", ["340"] = "VI", ["345"] = "KY",
        ["441"] = "BM", ["473"] = "GD", ["649"] = "TC", ["658"] = "JM", ["664"] = "MS", ["670"] = "MP", ["671"] = "GU",
        ["684"] = "AS", ["721"] = "SX", ["758"] = "LC", ["767"] = "DM", ["784"] = "VC", ["787"] = "PR", ["809"] = "DO",
        ["829"] = "DO", ["849"] = "DO", ["868"] = "TT", ["869"] = "KN", ["876"] = "JM", ["939"] = "PR",
    };

    private static readonly HashSet<string> TollFreeCodes = new() { "800", "833", "844", "855", "866", "877", "888" };

    /// <summary>'+', a non-zero first digit, 8 to 15 digits in all; +1 numbers have exactly 10 digits after the 1.</summary>
    public static bool IsE164(string? number)
    {
        if (number is null || number.Length < 9 || number.Length > 16 || number[0] != '+' || number[1] == '0') return false;
        for (var i = 1; i < number.Length; i++)
        {
            if (number[i] is < '0' or > '9') return false;
        }
        return number[1] != '1' || number.Length == 12;
    }

    public static bool IsTollFree(string e164) => IsE164(e164) && e164[1] == '1' && TollFreeCodes.Contains(e164.Substring(2, 3));

    /// <summary>"US", "CA" or another NANP member's ISO code for +1 numbers; null for other calling codes (not known here).</summary>
    public static string? CountryOf(string e164)
    {
        if (!IsE164(e164) || e164[1] != '1') return null;
        var area = e164.Substring(2, 3);
        if (Canada.Contains(area)) return "CA";
        return OtherNanp.TryGetValue(area, out var other) ? other : "US";
    }

    /// <summary>Null when <paramref name="rule"/> takes the number; otherwise why not.</summary>
    public static string? Check(OnboardingChannelEndpointRule rule, string e164)
    {
        if (!IsE164(e164)) return $"\"{e164}\" is not an E.164 number (+, country code and number, no spaces).";
        if (!rule.TollFreeAllowed && IsTollFree(e164)) return $"{e164} is a toll-free number (+1 {e164.Substring(2, 3)}); this policy takes no toll-free numbers.";
        if (rule.AllowedCountries.Count == 0) return null;
        var country = CountryOf(e164);
        foreach (var allowed in rule.AllowedCountries)
        {
            if (string.Equals(allowed, country, System.StringComparison.OrdinalIgnoreCase)) return null;
        }
        var accepted = $"this policy takes numbers from {string.Join(", ", rule.AllowedCountries)} only.";
        return country is null ? $"The country of {e164} is not known; {accepted}" : $"{e164} is a {Describe(country)} number; {accepted}";
    }

    private static string Describe(string country) => country switch
    {
        "CA" => "Canadian (CA)",
        "US" => "US",
        _ => country,
    };
}
