using System;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>The checks of a pipeline's notification step, shared by the product and the profile pipelines.</summary>
internal static class NotificationChecks
{
    public static void Check(string email, Uri? statusCallback)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (email is null || at <= 0 || at == email.Length - 1 || email.Trim().Length != email.Length || email.Contains(' ', StringComparison.Ordinal))
            throw new ArgumentException($"email \"{email}\" is not an e-mail address; Twilio sends the review results there.", nameof(email));
        if (statusCallback is { } url && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
            throw new ArgumentException($"statusCallback \"{url}\" is not an absolute http(s) URL.", nameof(statusCallback));
    }
}
