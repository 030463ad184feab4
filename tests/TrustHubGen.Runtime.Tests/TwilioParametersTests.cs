using System.Globalization;
using TrustHubGen.Runtime.Tests.Infrastructure;
using TrustHubGen.Runtime.Wire;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

public class TwilioParametersTests
{
    [Fact]
    public void Unset_values_are_omitted_never_sent_empty()
    {
        var form = new TwilioParameters()
            .Add("FriendlyName", "Acme")
            .Add("StatusCallback", (Uri?)null)
            .Add("Email", (string?)null)
            .Add("Valid", (bool?)null)
            .Add("PageSize", (long?)null)
            .Add("Ratio", (double?)null)
            .Add("Since", (DateTimeOffset?)null)
            .Add("ObjectSid", (TwilioSid?)null)
            .AddRange("Tags", null)
            .AddJson("Attributes", null);

        Assert.Equal("FriendlyName=Acme", form.ToUrlEncoded());
        Assert.Single(form);
    }

    [Fact]
    public void Booleans_are_lowercase_true_and_false()
    {
        var form = new TwilioParameters().Add("A", true).Add("B", false);
        Assert.Equal("A=true&B=false", form.ToUrlEncoded());
    }

    [Fact]
    public void Arrays_repeat_the_key_in_order()
    {
        var form = new TwilioParameters().AddRange("Tags", new[] { "one", "two", "three" });
        Assert.Equal("Tags=one&Tags=two&Tags=three", form.ToUrlEncoded());
    }

    [Fact]
    public void Reserved_and_non_ascii_characters_are_percent_escaped()
    {
        var form = new TwilioParameters()
            .Add("PhoneNumber", "+14155550100")
            .Add("FriendlyName", "Acme & Sons = 100% \"best\"")
            .Add("Display Name", "Zoë/ü?#");

        Assert.Equal(
            "PhoneNumber=%2B14155550100&FriendlyName=Acme%20%26%20Sons%20%3D%20100%25%20%22best%22&Display%20Name=Zo%C3%AB%2F%C3%BC%3F%23",
            form.ToUrlEncoded());
    }

    [Fact]
    public void Json_fields_are_sent_as_one_escaped_json_string()
    {
        var form = new TwilioParameters().AddJson("Attributes", "{\"business_name\":\"Acme\",\"tags\":[1,2]}");
        Assert.Equal("Attributes=%7B%22business_name%22%3A%22Acme%22%2C%22tags%22%3A%5B1%2C2%5D%7D", form.ToUrlEncoded());
        Assert.Equal("{\"business_name\":\"Acme\",\"tags\":[1,2]}", Uri.UnescapeDataString(form.ToUrlEncoded()["Attributes=".Length..]));
    }

    [Fact]
    public void Numbers_and_dates_ignore_the_current_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var form = new TwilioParameters()
                .Add("PageSize", 1000L)
                .Add("Ratio", 0.25)
                .Add("Since", new DateTimeOffset(2026, 1, 2, 4, 5, 6, TimeSpan.FromHours(2)));
            Assert.Equal("PageSize=1000&Ratio=0.25&Since=2026-01-02T02%3A05%3A06Z", form.ToUrlEncoded());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Sids_and_uris_are_sent_as_written()
    {
        var form = new TwilioParameters()
            .Add("ObjectSid", TwilioSid.Parse("BU0123456789abcdef0123456789abcdef"))
            .Add("StatusCallback", new Uri("https://example.com/cb?x=1"));
        Assert.Equal("ObjectSid=BU0123456789abcdef0123456789abcdef&StatusCallback=https%3A%2F%2Fexample.com%2Fcb%3Fx%3D1", form.ToUrlEncoded());
    }

    [Fact]
    public void Empty_strings_are_kept_because_they_are_set()
    {
        // An explicit empty value clears a field on Twilio's side; only null means "not set".
        Assert.Equal("StatusCallback=", new TwilioParameters().Add("StatusCallback", "").ToUrlEncoded());
    }

    [Fact]
    public async Task Half_a_character_is_refused_naming_the_field_before_anything_is_sent()
    {
        var handler = new FakeHandler();
        var friendlyName = "Acme \U0001F989 Owls".Substring(0, 6); // the owl emoji cut in two

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new TrustHubClient(Transport(handler)).CustomerProfiles.CreateAsync(
            new CreateCustomerProfileRequest { FriendlyName = friendlyName, Email = "ops@example.com", PolicySid = CustomerProfilePolicySid.Parse("RN806dd6cd175f314e1f96a9727ee271f4") }));

        Assert.StartsWith("FriendlyName holds half of a character (the lone UTF-16 surrogate U+D83E at position 5)", error.Message);
        Assert.Empty(handler.Requests);
        Assert.Equal("FriendlyName=Acme%20%F0%9F%A6%89", new TwilioParameters().Add("FriendlyName", "Acme \U0001F989").ToUrlEncoded());
    }
}
