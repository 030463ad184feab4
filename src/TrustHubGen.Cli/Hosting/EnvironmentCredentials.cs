using System;
using System.Linq;
using TrustHubGen.Runtime;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// Credentials from the standard variables only, never from arguments (they would land in shell history):
/// <c>TWILIO_ACCOUNT_SID</c> with <c>TWILIO_AUTH_TOKEN</c>, or with <c>TWILIO_API_KEY</c> and <c>TWILIO_API_SECRET</c>.
/// </summary>
internal static class EnvironmentCredentials
{
    public const string Variables = "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_ACCOUNT_SID, TWILIO_API_KEY and TWILIO_API_SECRET)";

    /// <summary>Reads the credentials; throws a configuration error naming the variables when they are missing or malformed.</summary>
    public static TwilioCredentials Read(Func<string, string?> variable)
    {
        var account = variable("TWILIO_ACCOUNT_SID");
        var token = variable("TWILIO_AUTH_TOKEN");
        var apiKey = variable("TWILIO_API_KEY");
        var apiSecret = variable("TWILIO_API_SECRET");
        if (string.IsNullOrWhiteSpace(account) && new[] { ("TWILIO_AUTH_TOKEN", token), ("TWILIO_API_KEY", apiKey), ("TWILIO_API_SECRET", apiSecret) }
                .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v.Item2)).Item1 is { } secret)
            throw CliException.Configuration($"{secret} is set but TWILIO_ACCOUNT_SID is {(account is null ? "not set" : "empty")}: set it to the account's SID (AC…).");
        if (string.IsNullOrWhiteSpace(account))
            throw CliException.Configuration($"No Twilio credentials: set {Variables}, or use --emulator to run against the built-in emulator.");
        try
        {
            if (!string.IsNullOrWhiteSpace(apiKey) || !string.IsNullOrWhiteSpace(apiSecret))
            {
                if (string.IsNullOrWhiteSpace(apiKey) || string.IsNullOrWhiteSpace(apiSecret))
                    throw CliException.Configuration("TWILIO_API_KEY and TWILIO_API_SECRET must be set together.");
                return TwilioCredentials.FromApiKey(account.Trim(), apiKey.Trim(), apiSecret.Trim());
            }
            if (string.IsNullOrWhiteSpace(token))
                throw CliException.Configuration($"TWILIO_ACCOUNT_SID is set but no secret is: set TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET).");
            // Tokens and secrets hold no spaces: what surrounds one was pasted with it (and would be refused as a 401).
            return TwilioCredentials.FromAuthToken(account.Trim(), token.Trim());
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // The runtime's messages never echo the values, so they are safe to print.
            throw CliException.Configuration($"The Twilio credentials in the environment are malformed: {e.Message}");
        }
    }
}
