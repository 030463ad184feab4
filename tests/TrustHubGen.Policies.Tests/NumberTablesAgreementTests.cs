using PhoneNumbers;

namespace TrustHubGen.Policies.Tests;

/// <summary>
/// The rules library's phone-number tables checked against an independent source, Google's libphonenumber metadata:
/// every calling code and its main country, and the country and toll-free status of every NANP area code it knows.
/// </summary>
public class NumberTablesAgreementTests
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    // Kazakhstan's ranges inside +7 (its numbering plan: 6xx and 7xx); libphonenumber has no valid +76 number yet.
    private static readonly string[] KazakhRanges = { "76", "77" };

    private static SortedSet<int> SupportedCodes()
    {
        var codes = new SortedSet<int>(Util.GetSupportedGlobalNetworkCallingCodes());
        foreach (string region in Util.GetSupportedRegions())
        {
            codes.Add(Util.GetCountryCodeForRegion(region));
        }

        return codes;
    }

    [Fact]
    public void Every_calling_code_libphonenumber_knows_is_in_the_table_with_its_main_country()
    {
        foreach (int code in SupportedCodes())
        {
            string key = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(CallingCodes.Countries.TryGetValue(key, out string? country), $"+{key} is missing from CallingCodes.");
            string main = Util.GetRegionCodeForCountryCode(code);
            Assert.Equal(main == "001" ? CallingCodes.NonGeographic : main, country);
        }
    }

    [Fact]
    public void The_table_has_no_calling_code_libphonenumber_does_not_know()
    {
        var supported = SupportedCodes();
        foreach (string key in CallingCodes.Countries.Keys.Except(KazakhRanges))
        {
            Assert.Contains(int.Parse(key, System.Globalization.CultureInfo.InvariantCulture), supported);
        }
    }

    [Fact]
    public void Kazakhstan_and_Russia_share_plus_7_as_libphonenumber_says()
    {
        Assert.Equal("KZ", Util.GetRegionCodeForNumber(Util.Parse("+77012345678", "ZZ")));
        Assert.Equal("KZ", PhoneNumberFacts.CountryOf("+77012345678"));
        Assert.Equal("RU", Util.GetRegionCodeForNumber(Util.Parse("+79161234567", "ZZ")));
        Assert.Equal("RU", PhoneNumberFacts.CountryOf("+79161234567"));
    }

    [Fact]
    public void Every_nanp_area_code_libphonenumber_places_has_the_same_country_and_toll_free_status()
    {
        int compared = 0;
        for (int areaCode = 200; areaCode <= 999; areaCode++)
        {
            string number = "+1" + areaCode.ToString(System.Globalization.CultureInfo.InvariantCulture) + "2345678";
            PhoneNumber parsed = Util.Parse(number, "ZZ");
            if (!Util.IsValidNumber(parsed))
            {
                continue;
            }

            compared++;
            Assert.Equal(Util.GetRegionCodeForNumber(parsed), PhoneNumberFacts.CountryOf(number));
            Assert.Equal(Util.GetNumberType(parsed) == PhoneNumberType.TOLL_FREE, PhoneNumberFacts.IsTollFree(number));
        }

        Assert.True(compared > 300, $"only {compared} area codes were compared");
    }

    [Fact]
    public void The_shortest_numbers_libphonenumber_has_examples_of_are_e164_here()
    {
        foreach (string region in Util.GetSupportedRegions())
        {
            if (Util.GetExampleNumber(region) is not { } example)
            {
                continue;
            }

            string e164 = Util.Format(example, PhoneNumberFormat.E164);
            Assert.True(PhoneNumberFacts.IsE164(e164), $"{region}'s example {e164}: {PhoneNumberFacts.Problem(e164)}");
        }
    }
}
