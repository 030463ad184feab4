using System;
using System.Collections.Generic;

namespace TrustHubGen.Policies
{
    /// <summary>
    /// The E.164 country calling codes in service (ITU-T E.164 and its List of ITU-T Recommendation E.164 assigned country
    /// codes) with the ISO 3166 alpha-2 code of the country each one dials. The one place numbers outside +1 get a country.
    /// </summary>
    /// <remarks>
    /// Where ITU assigns a code to several territories, the entry is the country that holds most of its numbers: +44 is
    /// GB (not GG, IM, JE), +39 IT (not VA), +47 NO, +61 AU, +262 RE, +290 SH, +358 FI, +590 GP, +599 CW, +212 MA.
    /// +7 is RU except +76 and +77, which Kazakhstan's numbering plan uses (KZ). Codes for global services
    /// (+800 freephone, +808 shared cost, +870 Inmarsat, +878, +881, +882, +883 international networks, +888, +979)
    /// are valid E.164 codes with no country. +1 is the NANP: its countries come from the area code
    /// (<see cref="NanpAreaCodes"/>). A test holds this table equal to Google's libphonenumber metadata.
    /// </remarks>
    internal static class CallingCodes
    {
        /// <summary>The country of a global-service code: valid E.164, but no country.</summary>
        internal const string NonGeographic = "";

        /// <summary>Calling code (without '+') → ISO 3166 alpha-2, or <see cref="NonGeographic"/>.</summary>
        internal static readonly Dictionary<string, string> Countries = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["1"] = "US", ["7"] = "RU", ["76"] = "KZ", ["77"] = "KZ",
            ["20"] = "EG", ["27"] = "ZA", ["30"] = "GR", ["31"] = "NL", ["32"] = "BE", ["33"] = "FR", ["34"] = "ES", ["36"] = "HU",
            ["39"] = "IT", ["40"] = "RO", ["41"] = "CH", ["43"] = "AT", ["44"] = "GB", ["45"] = "DK", ["46"] = "SE", ["47"] = "NO",
            ["48"] = "PL", ["49"] = "DE", ["51"] = "PE", ["52"] = "MX", ["53"] = "CU", ["54"] = "AR", ["55"] = "BR", ["56"] = "CL",
            ["57"] = "CO", ["58"] = "VE", ["60"] = "MY", ["61"] = "AU", ["62"] = "ID", ["63"] = "PH", ["64"] = "NZ", ["65"] = "SG",
            ["66"] = "TH", ["81"] = "JP", ["82"] = "KR", ["84"] = "VN", ["86"] = "CN", ["90"] = "TR", ["91"] = "IN", ["92"] = "PK",
            ["93"] = "AF", ["94"] = "LK", ["95"] = "MM", ["98"] = "IR",
            ["211"] = "SS", ["212"] = "MA", ["213"] = "DZ", ["216"] = "TN", ["218"] = "LY", ["220"] = "GM", ["221"] = "SN",
            ["222"] = "MR", ["223"] = "ML", ["224"] = "GN", ["225"] = "CI", ["226"] = "BF", ["227"] = "NE", ["228"] = "TG",
            ["229"] = "BJ", ["230"] = "MU", ["231"] = "LR", ["232"] = "SL", ["233"] = "GH", ["234"] = "NG", ["235"] = "TD",
            ["236"] = "CF", ["237"] = "CM", ["238"] = "CV", ["239"] = "ST", ["240"] = "GQ", ["241"] = "GA", ["242"] = "CG",
            ["243"] = "CD", ["244"] = "AO", ["245"] = "GW", ["246"] = "IO", ["247"] = "AC", ["248"] = "SC", ["249"] = "SD",
            ["250"] = "RW", ["251"] = "ET", ["252"] = "SO", ["253"] = "DJ", ["254"] = "KE", ["255"] = "TZ", ["256"] = "UG",
            ["257"] = "BI", ["258"] = "MZ", ["260"] = "ZM", ["261"] = "MG", ["262"] = "RE", ["263"] = "ZW", ["264"] = "NA",
            ["265"] = "MW", ["266"] = "LS", ["267"] = "BW", ["268"] = "SZ", ["269"] = "KM", ["290"] = "SH", ["291"] = "ER",
            ["297"] = "AW", ["298"] = "FO", ["299"] = "GL",
            ["350"] = "GI", ["351"] = "PT", ["352"] = "LU", ["353"] = "IE", ["354"] = "IS", ["355"] = "AL", ["356"] = "MT",
            ["357"] = "CY", ["358"] = "FI", ["359"] = "BG", ["370"] = "LT", ["371"] = "LV", ["372"] = "EE", ["373"] = "MD",
            ["374"] = "AM", ["375"] = "BY", ["376"] = "AD", ["377"] = "MC", ["378"] = "SM", ["380"] = "UA", ["381"] = "RS",
            ["382"] = "ME", ["383"] = "XK", ["385"] = "HR", ["386"] = "SI", ["387"] = "BA", ["389"] = "MK",
            ["420"] = "CZ", ["421"] = "SK", ["423"] = "LI",
            ["500"] = "FK", ["501"] = "BZ", ["502"] = "GT", ["503"] = "SV", ["504"] = "HN", ["505"] = "NI", ["506"] = "CR",
            ["507"] = "PA", ["508"] = "PM", ["509"] = "HT", ["590"] = "GP", ["591"] = "BO", ["592"] = "GY", ["593"] = "EC",
            ["594"] = "GF", ["595"] = "PY", ["596"] = "MQ", ["597"] = "SR", ["598"] = "UY", ["599"] = "CW",
            ["670"] = "TL", ["672"] = "NF", ["673"] = "BN", ["674"] = "NR", ["675"] = "PG", ["676"] = "TO", ["677"] = "SB",
            ["678"] = "VU", ["679"] = "FJ", ["680"] = "PW", ["681"] = "WF", ["682"] = "CK", ["683"] = "NU", ["685"] = "WS",
            ["686"] = "KI", ["687"] = "NC", ["688"] = "TV", ["689"] = "PF", ["690"] = "TK", ["691"] = "FM", ["692"] = "MH",
            ["850"] = "KP", ["852"] = "HK", ["853"] = "MO", ["855"] = "KH", ["856"] = "LA", ["880"] = "BD", ["886"] = "TW",
            ["960"] = "MV", ["961"] = "LB", ["962"] = "JO", ["963"] = "SY", ["964"] = "IQ", ["965"] = "KW", ["966"] = "SA",
            ["967"] = "YE", ["968"] = "OM", ["970"] = "PS", ["971"] = "AE", ["972"] = "IL", ["973"] = "BH", ["974"] = "QA",
            ["975"] = "BT", ["976"] = "MN", ["977"] = "NP", ["992"] = "TJ", ["993"] = "TM", ["994"] = "AZ", ["995"] = "GE",
            ["996"] = "KG", ["998"] = "UZ",
            ["800"] = NonGeographic, ["808"] = NonGeographic, ["870"] = NonGeographic, ["878"] = NonGeographic,
            ["881"] = NonGeographic, ["882"] = NonGeographic, ["883"] = NonGeographic, ["888"] = NonGeographic,
            ["979"] = NonGeographic,
        };

        /// <summary>
        /// The calling code <paramref name="digits"/> (the number without '+') starts with, longest first; E.164 codes are
        /// prefix-free, so at most one of 1, 2 or 3 digits is assigned (+76/+77 are the KZ ranges inside +7).
        /// </summary>
        /// <returns>The code, or <see langword="null"/> when no assigned code starts the number.</returns>
        internal static string? Find(string digits)
        {
            for (int length = Math.Min(3, digits.Length); length >= 1; length--)
            {
                string candidate = digits.Substring(0, length);
                if (Countries.ContainsKey(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }
}
