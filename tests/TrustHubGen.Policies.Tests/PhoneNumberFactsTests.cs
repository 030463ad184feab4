namespace TrustHubGen.Policies.Tests;

public class PhoneNumberFactsTests
{
    private static readonly ChannelEndpointRule Cnam = BuiltInPolicies.Find("RNf3db3cd1fe25fcfd3c3ded065c8fea53")!.ChannelEndpoints!;
    private static readonly ChannelEndpointRule ShakenStir = BuiltInPolicies.Find("RN7a97559effdf62d00f4298208492a5ea")!.ChannelEndpoints!;

    [Theory]
    [InlineData("+12125551234")]
    [InlineData("+18005551234")]
    [InlineData("+442071234567")]
    [InlineData("+491512345678901")]
    public void Valid_e164_numbers(string number)
    {
        Assert.True(PhoneNumberFacts.IsE164(number));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("12125551234")]
    [InlineData("+1 212 555 1234")]
    [InlineData("+1-212-555-1234")]
    [InlineData("+1212555123")]
    [InlineData("+121255512345")]
    [InlineData("+02125551234")]
    [InlineData("+1234567890123456")]
    [InlineData("+1212555123x")]
    [InlineData("＋12125551234")]
    [InlineData("+١٢١٢٥٥٥١٢٣٤")]
    public void Malformed_numbers_are_not_e164(string? number)
    {
        Assert.False(PhoneNumberFacts.IsE164(number));
        Assert.Null(PhoneNumberFacts.CountryOf(number!));
        Assert.False(PhoneNumberFacts.IsTollFree(number!));
    }

    [Theory]
    [InlineData("+18005551234")]
    [InlineData("+18335551234")]
    [InlineData("+18445551234")]
    [InlineData("+18555551234")]
    [InlineData("+18665551234")]
    [InlineData("+18775551234")]
    [InlineData("+18885551234")]
    public void The_seven_nanp_toll_free_codes_are_toll_free(string number)
    {
        Assert.True(PhoneNumberFacts.IsTollFree(number));
        Assert.Equal("US", PhoneNumberFacts.CountryOf(number));
    }

    [Theory]
    [InlineData("+12125551234")]
    [InlineData("+18225551234")]
    [InlineData("+18995551234")]
    [InlineData("+448005551234")]
    public void Other_numbers_are_not_toll_free(string number)
    {
        Assert.False(PhoneNumberFacts.IsTollFree(number));
    }

    [Theory]
    [InlineData("+12125551234", "US", NumberCountry.US)]
    [InlineData("+14155551234", "US", NumberCountry.US)]
    [InlineData("+19075551234", "US", NumberCountry.US)]
    [InlineData("+14165551234", "CA", NumberCountry.CA)]
    [InlineData("+16045551234", "CA", NumberCountry.CA)]
    [InlineData("+15145551234", "CA", NumberCountry.CA)]
    [InlineData("+18675551234", "CA", NumberCountry.CA)]
    [InlineData("+17825551234", "CA", NumberCountry.CA)]
    [InlineData("+14375551234", "CA", NumberCountry.CA)]
    [InlineData("+17875551234", "PR", NumberCountry.Other)]
    [InlineData("+18765551234", "JM", NumberCountry.Other)]
    [InlineData("+442071234567", "GB", NumberCountry.Other)]
    [InlineData("+353115551234", "IE", NumberCountry.Other)]
    [InlineData("+61212345678", "AU", NumberCountry.Other)]
    public void Countries_come_from_the_area_or_calling_code(string number, string country, NumberCountry kind)
    {
        Assert.Equal(country, PhoneNumberFacts.CountryOf(number));
        Assert.Equal(kind, PhoneNumberFacts.Classify(number));
    }

    [Theory]
    [InlineData("+11125551234")]
    [InlineData("+12115551234")]
    [InlineData("+12121551234")]
    [InlineData("+8001234567")]
    [InlineData("+9991234567")]
    public void Invalid_nanp_numbers_global_services_and_unassigned_calling_codes_have_no_country(string number)
    {
        Assert.Null(PhoneNumberFacts.CountryOf(number));
        Assert.Equal(NumberCountry.Unknown, PhoneNumberFacts.Classify(number));
    }

    [Theory]
    [InlineData("+79161234567", "RU")]
    [InlineData("+77012345678", "KZ")]
    [InlineData("+4915112345678", "DE")]
    [InlineData("+6834002", "NU")]
    public void Every_country_calling_code_gives_its_country(string number, string country)
    {
        Assert.Equal(country, PhoneNumberFacts.CountryOf(number));
    }

    [Theory]
    [InlineData("+683400", "6 digits")]
    [InlineData("+9991234567", "does not start with a country calling code in use")]
    [InlineData("+1212555123", "9 digits after the 1")]
    public void Too_short_numbers_and_unassigned_codes_are_not_e164(string number, string problem)
    {
        Assert.False(PhoneNumberFacts.IsE164(number));
        Assert.Contains(problem, PhoneNumberFacts.Problem(number), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_canadian_area_code_in_the_table_is_canadian_and_no_us_code_is()
    {
        foreach (string areaCode in NanpAreaCodes.Canada)
        {
            Assert.Equal("CA", PhoneNumberFacts.CountryOf("+1" + areaCode + "5551234"));
        }

        foreach (string us in new[] { "201", "212", "310", "312", "415", "512", "617", "702", "713", "808", "907", "917" })
        {
            Assert.Equal("US", PhoneNumberFacts.CountryOf("+1" + us + "5551234"));
        }
    }

    [Fact]
    public void Cnam_rejects_toll_free_numbers()
    {
        Assert.Equal(
            "+18005551234 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US.",
            PhoneNumberFacts.CheckChannelEndpoint(Cnam, "+18005551234"));
    }

    [Fact]
    public void Cnam_rejects_canadian_numbers()
    {
        Assert.Equal(
            "+14165551234 is a number from CA (area code 416); this policy accepts only numbers from US.",
            PhoneNumberFacts.CheckChannelEndpoint(Cnam, "+14165551234"));
    }

    [Theory]
    [InlineData("+12115551234", "The country of +12115551234 is not known: 211 is an N11 service code, not an area code; this policy accepts only numbers from US.")]
    [InlineData("+10125551234", "The country of +10125551234 is not known: NANP area codes start with 2-9, not 0; this policy accepts only numbers from US.")]
    [InlineData("+12121551234", "The country of +12121551234 is not known: NANP exchanges start with 2-9, and 155 does not; this policy accepts only numbers from US.")]
    [InlineData("+8001234567", "The country of +8001234567 is not known: +8001234567 dials a global service (+800), not a country; this policy accepts only numbers from US.")]
    public void Cnam_rejects_numbers_of_unknown_country_saying_why(string number, string message)
    {
        Assert.Equal(message, PhoneNumberFacts.CheckChannelEndpoint(Cnam, number));
    }

    [Fact]
    public void Cnam_rejects_numbers_of_other_countries()
    {
        Assert.Equal("+79161234567 is a number from RU; this policy accepts only numbers from US.", PhoneNumberFacts.CheckChannelEndpoint(Cnam, "+79161234567"));
    }

    [Fact]
    public void Cnam_accepts_us_local_numbers()
    {
        Assert.Null(PhoneNumberFacts.CheckChannelEndpoint(Cnam, "+12125551234"));
    }

    [Theory]
    [InlineData("+18005551234")]
    [InlineData("+14165551234")]
    [InlineData("+12125551234")]
    [InlineData("+442071234567")]
    public void Shaken_stir_accepts_any_valid_number(string number)
    {
        Assert.Null(PhoneNumberFacts.CheckChannelEndpoint(ShakenStir, number));
    }

    [Theory]
    [InlineData("2125551234")]
    [InlineData("PN0123456789abcdef0123456789abcdef")]
    [InlineData("")]
    public void Malformed_numbers_are_refused_with_the_expected_form(string number)
    {
        string? message = PhoneNumberFacts.CheckChannelEndpoint(ShakenStir, number);
        Assert.Equal(
            "\"" + number + "\" is not an E.164 phone number; write '+', the country code and the number with no spaces or punctuation (e.g. +12125551234; +1 numbers have 10 digits after the 1).",
            message);
    }
}
