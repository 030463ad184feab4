namespace TrustHubGen.Runtime.Tests.Infrastructure;

/// <summary>Well-formed SIDs and a recognisable secret that must never leak.</summary>
public static class TestData
{
    public const string AccountSid = "AC0123456789abcdef0123456789abcdef";
    public const string SubaccountSid = "ACfedcba9876543210fedcba9876543210";
    public const string ApiKeySid = "SK00112233445566778899aabbccddeeff";

    /// <summary>Shaped like a real auth token (32 hex digits) so it would pass for one anywhere it leaked.</summary>
    public const string AuthToken = "5ec7e75ec7e75ec7e75ec7e75ec7e7aa";

    public const string ApiKeySecret = "TopSecretApiKeySecretValue0042xyz";

    public const string TrustHub = "https://trusthub.twilio.com";
    public const string Api2010 = "https://api.twilio.com";

    public static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static TwilioClientOptions Options(Action<TwilioClientOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new TwilioClientOptions
        {
            Credentials = TwilioCredentials.FromAuthToken(AccountSid, AuthToken),
            TimeProvider = time ?? new FakeTimeProvider(Now),
        };
        configure?.Invoke(options);
        return options;
    }

    public static TwilioHttpTransport Transport(FakeHandler handler, TwilioClientOptions? options = null, ListLogger? logger = null) =>
        new(new HttpClient(handler), options ?? Options(), logger);

    public static TwilioRequest Get(string path = "/v1/CustomerProfiles") => new(HttpMethod.Get, TrustHub, path);
}
