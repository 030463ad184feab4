using System;

namespace TrustHubGen.Policies
{
    /// <summary>
    /// Facts about E.164 phone numbers that Trust Hub policies depend on: format, toll-free, country. The analyzers, the
    /// onboarding engine, the emulator and the snapshot reader all ask this class, so they give one verdict
    /// (the choices and their sources are in this library's README).
    /// </summary>
    public static class PhoneNumberFacts
    {
        /// <summary>The fewest digits an E.164 number has: a 3-digit country code and a 4-digit subscriber number (Niue +683, Tokelau +690).</summary>
        public const int MinDigits = 7;

        /// <summary>The most digits an E.164 number has, country code included (ITU-T E.164 §6).</summary>
        public const int MaxDigits = 15;

        /// <summary>
        /// Whether <paramref name="number"/> is an E.164 number: '+', then 7 to 15 ASCII digits starting with a calling code
        /// ITU has assigned; for +1 (the NANP) exactly 10 digits after the 1.
        /// </summary>
        /// <param name="number">The text to check; <see langword="null"/> is not a number.</param>
        public static bool IsE164(string? number) => Problem(number) is null;

        /// <summary>Whether the number is a NANP toll-free number (+1 800, 833, 844, 855, 866, 877 or 888).</summary>
        /// <param name="e164">An E.164 number; anything else is not toll-free.</param>
        public static bool IsTollFree(string e164)
        {
            return IsE164(e164) && e164[1] == '1' && NanpAreaCodes.TollFree.Contains(e164.Substring(2, 3));
        }

        /// <summary>
        /// The ISO 3166 alpha-2 country of a number: for +1, from the area code ("US", "CA", "PR", "JM"…; toll-free is
        /// "US", as Twilio lists it); for other codes, from the E.164 calling-code table.
        /// </summary>
        /// <param name="e164">An E.164 number.</param>
        /// <returns>The country code, or <see langword="null"/> when the number is malformed, is not a valid NANP number
        /// (an area code or exchange starting with 0 or 1, or an N11 service code as area code), or dials a global service
        /// such as +800.</returns>
        public static string? CountryOf(string e164)
        {
            if (!IsE164(e164))
            {
                return null;
            }

            if (e164[1] == '1')
            {
                return NanpProblem(e164) is null ? NanpCountry(e164.Substring(2, 3)) : null;
            }

            string country = CallingCodes.Countries[CallingCodes.Find(e164.Substring(1))!];
            return country.Length == 0 ? null : country;
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

        /// <summary>Why <paramref name="number"/> is not an E.164 number, or <see langword="null"/> when it is one.</summary>
        /// <param name="number">The text to check.</param>
        /// <returns>A sentence naming the number and what is wrong with it.</returns>
        public static string? Problem(string? number)
        {
            const string Form = "; write '+', the country code and the number with no spaces or punctuation (e.g. +12125551234; +1 numbers have 10 digits after the 1).";
            if (number is null || number.Length < 2 || number[0] != '+')
            {
                return MessageText.Quote(number ?? string.Empty) + " is not an E.164 phone number" + Form;
            }

            for (int i = 1; i < number.Length; i++)
            {
                if (number[i] < '0' || number[i] > '9')
                {
                    return MessageText.Quote(number) + " is not an E.164 phone number" + Form;
                }
            }

            int digits = number.Length - 1;
            if (CallingCodes.Find(number.Substring(1)) is not { } code)
            {
                return number + " does not start with a country calling code in use (+" + number.Substring(1, Math.Min(3, digits)) + "…)" + Form;
            }

            if (code == "1" && digits != 11)
            {
                return number + " is a +1 (NANP) number with " + (digits - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + " digits after the 1; it needs exactly 10.";
            }

            if (digits < MinDigits || digits > MaxDigits)
            {
                return number + " has " + digits.ToString(System.Globalization.CultureInfo.InvariantCulture) + " digits; an E.164 number has "
                    + MinDigits.ToString(System.Globalization.CultureInfo.InvariantCulture) + " to " + MaxDigits.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", country code included.";
            }

            return null;
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

            if (Problem(e164) is { } malformed)
            {
                return malformed;
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
                // Ordinal: ISO 3166 alpha-2 codes are upper case, and the policy reader refuses others (TH0108).
                if (string.Equals(allowed, country, StringComparison.Ordinal))
                {
                    return null;
                }
            }

            string accepted = "this policy accepts only numbers from " + string.Join(", ", rule.AllowedCountries) + ".";
            if (country is null)
            {
                string why = e164[1] == '1' ? NanpProblem(e164)! : e164 + " dials a global service (+" + CallingCodes.Find(e164.Substring(1)) + "), not a country";
                return "The country of " + e164 + " is not known: " + why + "; " + accepted;
            }

            string from = e164[1] == '1' ? " (area code " + e164.Substring(2, 3) + ")" : string.Empty;
            return e164 + " is a number from " + country + from + "; " + accepted;
        }

        /// <summary>
        /// Why a +1 number breaks the NANP numbering plan, or <see langword="null"/>: area codes (NPA) and exchanges (NXX)
        /// start with 2-9, and N11 codes are service codes (211, 311… 911), never area codes.
        /// </summary>
        private static string? NanpProblem(string e164)
        {
            string areaCode = e164.Substring(2, 3);
            if (areaCode[0] < '2')
            {
                return "NANP area codes start with 2-9, not " + areaCode[0];
            }

            if (areaCode[1] == '1' && areaCode[2] == '1')
            {
                return areaCode + " is an N11 service code, not an area code";
            }

            return e164[5] < '2' ? "NANP exchanges start with 2-9, and " + e164.Substring(5, 3) + " does not" : null;
        }

        private static string NanpCountry(string areaCode)
        {
            if (NanpAreaCodes.Canada.Contains(areaCode))
            {
                return "CA";
            }

            return NanpAreaCodes.OtherCountries.TryGetValue(areaCode, out string? other) ? other : "US";
        }
    }
}
