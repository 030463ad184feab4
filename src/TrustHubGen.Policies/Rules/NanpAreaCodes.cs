using System.Collections.Generic;

namespace TrustHubGen.Policies
{
    /// <summary>
    /// North American Numbering Plan area codes that are not the 50 US states and DC, with their ISO country codes.
    /// Source: the NANPA area-code assignments (Canadian codes in service or assigned through 2025, including overlays),
    /// checked against Google's libphonenumber metadata by a test.
    /// </summary>
    internal static class NanpAreaCodes
    {
        /// <summary>Every Canadian area code: geographic ones by province, then the non-geographic 600, 622 and 633.</summary>
        internal static readonly HashSet<string> Canada = new HashSet<string>
        {
            // Alberta
            "368", "403", "587", "780", "825",
            // British Columbia
            "236", "250", "257", "604", "672", "778",
            // Manitoba
            "204", "431", "584",
            // New Brunswick
            "428", "506",
            // Newfoundland and Labrador
            "709", "879",
            // Nova Scotia and Prince Edward Island
            "782", "902",
            // Ontario
            "226", "249", "273", "289", "343", "365", "382", "387", "416", "437", "519", "548", "613", "647", "683", "705", "742", "753", "807", "905", "942",
            // Quebec
            "263", "354", "367", "418", "438", "450", "468", "514", "579", "581", "819", "873",
            // Saskatchewan
            "306", "474", "639",
            // Yukon, Northwest Territories, Nunavut
            "867",
            // Non-geographic services
            "600", "622", "633",
        };

        /// <summary>NANP members other than the US and Canada, and US territories that have their own ISO code.</summary>
        internal static readonly Dictionary<string, string> OtherCountries = new Dictionary<string, string>
        {
            ["242"] = "BS", ["246"] = "BB", ["264"] = "AI", ["268"] = "AG", ["284"] = "VG", ["340"] = "VI", ["345"] = "KY",
            ["441"] = "BM", ["473"] = "GD", ["649"] = "TC", ["658"] = "JM", ["664"] = "MS", ["670"] = "MP", ["671"] = "GU",
            ["684"] = "AS", ["721"] = "SX", ["758"] = "LC", ["767"] = "DM", ["784"] = "VC", ["787"] = "PR", ["809"] = "DO",
            ["829"] = "DO", ["849"] = "DO", ["868"] = "TT", ["869"] = "KN", ["876"] = "JM", ["939"] = "PR",
        };

        /// <summary>NANP toll-free codes (shared by the US and Canada; Twilio lists them as US numbers).</summary>
        internal static readonly HashSet<string> TollFree = new HashSet<string> { "800", "833", "844", "855", "866", "877", "888" };
    }
}
