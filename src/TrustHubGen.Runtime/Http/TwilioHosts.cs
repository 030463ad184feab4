using System;

namespace TrustHubGen.Runtime;

/// <summary>Twilio's API hosts: <c>twilio.com</c> and its subdomains (products, regions and edges).</summary>
internal static class TwilioHosts
{
    public static bool Contains(Uri uri) =>
        uri.Host.Equals("twilio.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".twilio.com", StringComparison.OrdinalIgnoreCase);
}
