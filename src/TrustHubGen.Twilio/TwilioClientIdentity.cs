using System.Reflection;
using Twilio.Clients;

namespace TrustHubGen.Twilio;

/// <summary>
/// The Basic-auth user a Twilio client logs in with, which decides the account Trust Hub acts for. Twilio's
/// <see cref="TwilioRestClient"/> keeps it private (its <c>AccountSid</c> is only the accountSid: argument); it is read
/// without sending anything, so a wrong subaccount client is refused before its first request.
/// </summary>
internal static class TwilioClientIdentity
{
    private static readonly FieldInfo? Username = typeof(TwilioRestClient).GetField("_username", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>The user name, or null when the client is not Twilio's (or a Twilio version that keeps it elsewhere).</summary>
    public static string? UsernameOf(ITwilioRestClient client) =>
        client is TwilioRestClient twilio ? Username?.GetValue(twilio) as string : null;
}
