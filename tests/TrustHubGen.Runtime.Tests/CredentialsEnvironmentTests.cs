using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

/// <summary>Credentials from the TWILIO_* variables: what is missing is named, never a value.</summary>
public class CredentialsEnvironmentTests
{
    private static TwilioCredentials? Read(out string? missing, params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return TwilioCredentials.FromVariables(name => map.GetValueOrDefault(name), out missing);
    }

    [Theory]
    [InlineData(new string[0], "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY with TWILIO_API_SECRET) are not set")]
    [InlineData(new[] { "TWILIO_ACCOUNT_SID" }, "TWILIO_AUTH_TOKEN (or TWILIO_API_KEY with TWILIO_API_SECRET) is not set")]
    [InlineData(new[] { "TWILIO_AUTH_TOKEN" }, "TWILIO_ACCOUNT_SID is not set")]
    [InlineData(new[] { "TWILIO_ACCOUNT_SID", "TWILIO_API_KEY" }, "TWILIO_API_SECRET (TWILIO_API_KEY is set) is not set")]
    [InlineData(new[] { "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_SECRET" }, "TWILIO_API_KEY (TWILIO_API_SECRET is set) is not set")]
    public void Missing_variables_are_named(string[] set, string expected)
    {
        var values = new Dictionary<string, string> { ["TWILIO_ACCOUNT_SID"] = AccountSid, ["TWILIO_AUTH_TOKEN"] = AuthToken, ["TWILIO_API_KEY"] = ApiKeySid, ["TWILIO_API_SECRET"] = ApiKeySecret };
        var credentials = Read(out var missing, set.Select(name => (name, values[name])).ToArray());

        Assert.Null(credentials);
        Assert.Equal(expected, missing);
        Assert.DoesNotContain(AuthToken, missing);
        Assert.DoesNotContain(ApiKeySecret, missing);
    }

    [Fact]
    public void Complete_variables_give_credentials_and_the_api_key_wins()
    {
        var token = Read(out var none, ("TWILIO_ACCOUNT_SID", AccountSid), ("TWILIO_AUTH_TOKEN", AuthToken));
        Assert.Null(none);
        Assert.False(token!.IsApiKey);

        var key = Read(out _, ("TWILIO_ACCOUNT_SID", AccountSid), ("TWILIO_AUTH_TOKEN", AuthToken), ("TWILIO_API_KEY", ApiKeySid), ("TWILIO_API_SECRET", ApiKeySecret));
        Assert.True(key!.IsApiKey);
        Assert.Equal(AccountSid, key.AccountSid);
    }

    [Fact]
    public void A_newline_or_spaces_set_with_a_value_are_not_part_of_it()
    {
        var token = Read(out var none, ("TWILIO_ACCOUNT_SID", AccountSid + "\n"), ("TWILIO_AUTH_TOKEN", " " + AuthToken + "\r\n"));
        Assert.Null(none);
        Assert.Equal(AccountSid, token!.AccountSid);
        Assert.Equal(TwilioCredentials.FromAuthToken(AccountSid, AuthToken).ToBasicAuthorizationValue(), token.ToBasicAuthorizationValue());

        var key = Read(out _, ("TWILIO_ACCOUNT_SID", AccountSid), ("TWILIO_API_KEY", ApiKeySid + " "), ("TWILIO_API_SECRET", ApiKeySecret + "\n"));
        Assert.Equal(TwilioCredentials.FromApiKey(AccountSid, ApiKeySid, ApiKeySecret).ToBasicAuthorizationValue(), key!.ToBasicAuthorizationValue());
    }

    [Fact]
    public void A_secret_given_with_surrounding_whitespace_is_refused_without_echoing_it()
    {
        var token = Assert.Throws<ArgumentException>(() => TwilioCredentials.FromAuthToken(AccountSid, AuthToken + "\n"));
        var secret = Assert.Throws<ArgumentException>(() => TwilioCredentials.FromApiKey(AccountSid, ApiKeySid, " " + ApiKeySecret));

        Assert.Equal("authToken has leading or trailing whitespace (not shown), such as a newline read from a file or secret store; " +
            "Twilio's tokens and secrets hold none: trim it. (Parameter 'authToken')", token.Message);
        Assert.Equal("apiKeySecret", secret.ParamName);
        Assert.DoesNotContain(AuthToken, token.Message);
        Assert.DoesNotContain(ApiKeySecret, secret.Message);
    }

    [Fact]
    public void Options_without_credentials_name_the_missing_variables_of_this_process()
    {
        var expected = TwilioCredentials.DescribeMissingEnvironment();
        var problem = new TwilioClientOptions().GetValidationProblems()[0];
        if (expected is null) Assert.EndsWith("FromEnvironment().", problem);
        else Assert.EndsWith($"FromEnvironment(), which found none because {expected}.", problem);
    }
}
