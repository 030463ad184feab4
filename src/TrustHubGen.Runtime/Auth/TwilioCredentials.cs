using System;

namespace TrustHubGen.Runtime;

/// <summary>
/// The account and the secret used for HTTP Basic auth: Account SID + Auth Token, or API Key SID + secret.
/// The secret never appears in <see cref="ToString"/>, logs or exception messages.
/// </summary>
public sealed class TwilioCredentials
{
    private readonly string _secret;

    private TwilioCredentials(string accountSid, string username, string secret)
    {
        AccountSid = SidFormat.ValidateWithoutEcho(accountSid, "AC", "Account SID");
        Username = username;
        _secret = secret;
    }

    /// <summary>The account the calls act for (<c>AC…</c>).</summary>
    public string AccountSid { get; }

    /// <summary>The Basic auth user: the Account SID, or the API Key SID (<c>SK…</c>).</summary>
    public string Username { get; }

    /// <summary>True when the credentials are an API key rather than the account's auth token.</summary>
    public bool IsApiKey => Username.StartsWith("SK", StringComparison.Ordinal);

    /// <summary>Account SID + Auth Token.</summary>
    public static TwilioCredentials FromAuthToken(string accountSid, string authToken) =>
        new(accountSid, accountSid, RequireSecret(authToken, nameof(authToken)));

    /// <summary>API Key SID (<c>SK…</c>) + secret, acting for <paramref name="accountSid"/>.</summary>
    public static TwilioCredentials FromApiKey(string accountSid, string apiKeySid, string apiKeySecret) =>
        new(accountSid, SidFormat.ValidateWithoutEcho(apiKeySid, "SK", "API Key SID"), RequireSecret(apiKeySecret, nameof(apiKeySecret)));

    /// <summary>
    /// Reads <c>TWILIO_ACCOUNT_SID</c> with <c>TWILIO_AUTH_TOKEN</c>, or with <c>TWILIO_API_KEY</c> and <c>TWILIO_API_SECRET</c>
    /// (the key wins when both are set), without the whitespace around a value (a newline from a file or secret store). Returns null when the account SID or a secret is not set;
    /// <see cref="RequireFromEnvironment"/> throws instead, naming the missing variables.
    /// </summary>
    public static TwilioCredentials? FromEnvironment() => FromVariables(Environment.GetEnvironmentVariable, out _);

    /// <summary>As <see cref="FromEnvironment"/>, but throws when the variables are incomplete.</summary>
    /// <exception cref="InvalidOperationException">A variable is missing; the message names each one (never a value).</exception>
    public static TwilioCredentials RequireFromEnvironment() =>
        FromVariables(Environment.GetEnvironmentVariable, out var missing)
        ?? throw new InvalidOperationException($"No Twilio credentials in the environment: {missing}.");

    /// <summary>What <see cref="FromEnvironment"/> lacks in this process, as a sentence naming the variables; null when nothing.</summary>
    internal static string? DescribeMissingEnvironment()
    {
        FromVariables(Environment.GetEnvironmentVariable, out var missing);
        return missing;
    }

    internal static TwilioCredentials? FromVariables(Func<string, string?> variable, out string? missing)
    {
        // What surrounds a value was set with it (a newline from a file or secret store): SIDs, tokens and secrets hold no spaces.
        var account = variable("TWILIO_ACCOUNT_SID")?.Trim();
        var token = variable("TWILIO_AUTH_TOKEN")?.Trim();
        var apiKey = variable("TWILIO_API_KEY")?.Trim();
        var apiSecret = variable("TWILIO_API_SECRET")?.Trim();
        bool Set(string? value) => !string.IsNullOrEmpty(value);
        var secretMissing =
            Set(apiKey) && !Set(apiSecret) ? "TWILIO_API_SECRET (TWILIO_API_KEY is set)"
            : !Set(apiKey) && Set(apiSecret) ? "TWILIO_API_KEY (TWILIO_API_SECRET is set)"
            : !Set(apiKey) && !Set(token) ? "TWILIO_AUTH_TOKEN (or TWILIO_API_KEY with TWILIO_API_SECRET)"
            : null;
        if (!Set(account) || secretMissing is not null)
        {
            missing = (!Set(account), secretMissing) switch
            {
                (true, null) => "TWILIO_ACCOUNT_SID is not set",
                (true, { } secret) => $"TWILIO_ACCOUNT_SID and {secret} are not set",
                (false, { } secret) => $"{secret} is not set",
                _ => null,
            };
            return null;
        }
        missing = null;
        return Set(apiKey) ? FromApiKey(account!, apiKey!, apiSecret!) : FromAuthToken(account!, token!);
    }

    /// <summary>
    /// The same secret acting for a subaccount. With an auth token, Twilio accepts the subaccount's SID as the
    /// user and the parent's token as the password; with an API key, the key stays the user.
    /// </summary>
    public TwilioCredentials ForSubaccount(string subaccountSid)
    {
        SidFormat.Validate(subaccountSid, "AC", "Subaccount SID");
        return new TwilioCredentials(subaccountSid, IsApiKey ? Username : subaccountSid, _secret);
    }

    /// <summary>The value of the <c>Authorization</c> header.</summary>
    public string ToBasicAuthorizationValue() =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Username + ":" + _secret));

    /// <summary>Names the account and the kind of secret, never the secret itself.</summary>
    public override string ToString() =>
        $"TwilioCredentials {{ AccountSid = {AccountSid}, {(IsApiKey ? "ApiKeySid = " + Username + ", ApiKeySecret" : "AuthToken")} = *** }}";

    // Twilio's tokens and secrets hold no whitespace: what surrounds one was read or pasted with it (a file's or secret
    // store's newline) and would only come back as 401 "Authenticate".
    private static string RequireSecret(string? secret, string name) =>
        string.IsNullOrWhiteSpace(secret) ? throw new ArgumentException($"{name} must not be empty or blank.", name)
        : secret!.Trim().Length != secret.Length
            ? throw new ArgumentException($"{name} has leading or trailing whitespace (not shown), such as a newline read from a file or secret store; Twilio's tokens and secrets hold none: trim it.", name)
            : secret;
}
