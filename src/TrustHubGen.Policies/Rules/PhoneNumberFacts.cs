using System;
using System.Collections.Generic;

namespace TrustHubGen.Policies
{
    /// <summary>Facts about E.164 phone numbers that Trust Hub policies depend on: format, toll-free, country.</summary>
    public static class PhoneNumberFacts
    {
        // Calling code → ISO 3166 alpha-2 for the main country of codes shared with territories (44 → GB, 61 → AU...).
        // Ambiguous codes such as +7 (Russia and Kazakhstan) are left out: CountryOf answers null rather than guess.
        private static readonly Dictionary<string, string> CallingCodes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["20"] = "EG", ["27"] = "ZA", ["30"] = "GR", ["31"] = "NL", ["32"] = "BE", ["33"] = "FR", ["34"] = "ES", ["36"] = "HU",
            ["39"] = "IT", ["40"] = "RO", ["41"] = "CH", ["43"] = "AT", ["44"] = "GB", ["45"] = "DK", ["46"] = "SE", ["47"] = "NO",
            ["48"] = "PL", ["49"] = "DE", ["51"] = "PE", ["52"] = "MX", ["54"] = "AR", ["55"] = "BR", ["56"] = "CL", ["57"] = "CO",
            ["60"] = "MY", ["61"] = "AU", ["62"] = "ID", ["63"] = "PH", ["64"] = "NZ", ["65"] = "SG", ["66"] = "TH", ["81"] = "JP",
            ["82"] = "KR", ["84"] = "VN", ["86"] = "CN", ["90"] = "TR", ["91"] = "IN", ["92"] = "PK", ["234"] = "NG", ["254"] = "KE",
            ["351"] = "PT", ["352"] = "LU", ["353"] = "IE", ["354"] = "IS", ["358"] = "FI", ["420"] = "CZ", ["421"] = "SK",
            ["852"] = "HK", ["886"] = "TW", ["966"] = "SA", ["971"] = "AE", ["972"] = "IL",
        };

        /// <summary>
        /// Whether <paramref name="number"/> is an E.164 number: '+', a country code not starting with 0, at most 15 digits in all;
        /// for +1 (the NANP) exactly 10 digits after the country code.
        /// </summary>
        /// <param name="number">The text to check; <see langword="null"/> is not a number.</param>
        public static bool IsE164(string? number)
        {
            if (number is null || number.Length < 3 || number.Length > 16 || number[0] != '+' || number[1] == '0')
            {
                return false;
            }

            for (int i = 1; i < number.Length; i++)
            {
                if (number[i] < '0' || number[i] > '9')
                {
                    return false;
                }
            }

            return number[1] != '1' || number.Length == 12;
        }

        /// <summary>Whether the number is a NANP toll-free number (+1 800, 833, 844, 855, 866, 877 or 888).</summary>
        /// <param name="e164">An E.164 number; anything else is not toll-free.</param>
        public static bool IsTollFree(string e164)
        {
            return IsE164(e164) && e164[1] == '1' && NanpAreaCodes.TollFree.Contains(e164.Substring(2, 3));
        }

        /// <summary>
        /// The ISO 3166 alpha-2 country of a number: for +1, "US" or "CA" from a complete table of Canadian area codes
        /// (and the other NANP members such as "PR" or "JM"); for other calling codes a best-effort table.
        /// Toll-free numbers answer "US", as Twilio lists them.
        /// </summary>
        /// <param name="e164">An E.164 number.</param>
        /// <returns>The country code, or <see langword="null"/> when the number is malformed or its country is not known.</returns>
        public static string? CountryOf(string e164)
        {
            if (!IsE164(e164))
            {
                return null;
            }

            if (e164[1] == '1')
            {
                return NanpCountry(e164);
            }

            for (int length = 3; length >= 2; length--)
            {
                if (CallingCodes.TryGetValue(e164.Substring(1, length), out string? country))
                {
                    return country;
                }
            }

            return null;
        }

        /// <summary>Classifies a number as US, Canadian, another known country, or unknown.</summary>
        /// <param name="e164">An E.164 number.</param>
        public static NumberCountry Classify(string e164)
        {
            return CountryOf(e164) switch
            {
                null => NumberCountry.Unknown,
                "US" => NumberCountry.US,
                "CA" => NumberCountry.CA,
                _ => NumberCountry.Other,
            };
        }

        /// <summary>Checks whether a bundle governed by <paramref name="rule"/> may take the number.</summary>
        /// <param name="rule">The policy's channel-endpoint rule.</param>
        /// <param name="e164">The phone number in E.164 form.</param>
        /// <returns><see langword="null"/> when the number is allowed; otherwise why not and what the policy accepts.</returns>
        public static string? CheckChannelEndpoint(ChannelEndpointRule rule, string e164)
        {
            if (rule is null)
            {
                throw new ArgumentNullException(nameof(rule));
            }

            if (!IsE164(e164))
            {
                return MessageText.Quote(e164) + " is not an E.164 phone number; write '+', the country code and the number with no spaces or punctuation (e.g. +12125551234; +1 numbers have 10 digits after the 1).";
            }

            if (!rule.TollFreeAllowed && IsTollFree(e164))
            {
                return e164 + " is a toll-free number (+1 " + e164.Substring(2, 3) + "); this policy does not accept toll-free numbers"
                    + (rule.AllowedCountries.IsEmpty ? "." : "; use a local number from " + string.Join(", ", rule.AllowedCountries) + ".");
            }

            if (rule.AllowedCountries.IsEmpty)
            {
                return null;
            }

            string? country = CountryOf(e164);
            foreach (string allowed in rule.AllowedCountries)
            {
                if (string.Equals(allowed, country, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            string accepted = "this policy accepts only numbers from " + string.Join(", ", rule.AllowedCountries) + ".";
            if (country is null)
            {
                return "The country of " + e164 + " is not known; " + accepted;
            }

            string from = e164[1] == '1' ? " (area code " + e164.Substring(2, 3) + ")" : string.Empty;
            return e164 + " is a number from " + country + from + "; " + accepted;
        }

        private static string? NanpCountry(string e164)
        {
            string areaCode = e164.Substring(2, 3);

            // NANP area codes and exchanges start with 2-9; N11 codes are service codes, not areas.
            if (areaCode[0] < '2' || e164[5] < '2' || (areaCode[1] == '1' && areaCode[2] == '1'))
            {
                return null;
            }

            if (NanpAreaCodes.Canada.Contains(areaCode))
            {
                return "CA";
            }

            return NanpAreaCodes.OtherCountries.TryGetValue(areaCode, out string? other) ? other : "US";
        }
    }
}
