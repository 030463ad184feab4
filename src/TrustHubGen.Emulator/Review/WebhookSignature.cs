using System.Security.Cryptography;
using System.Text;

namespace TrustHubGen.Emulator.Review;

/// <summary>
/// The <c>X-Twilio-Signature</c> of a webhook signed with the account's auth token, as Twilio computes it and as
/// <c>Twilio.Security.RequestValidator</c> (Twilio 8.2.0) checks it: HMAC-SHA1 keyed with the auth token over the full
/// URL followed by every POST parameter's name and value, sorted by name (ordinal), then base64. The validator picks
/// HMAC-SHA1 when the request carries no <c>X-Twilio-Webhooks-Signature-Settings</c> header (that header only comes
/// with SharedKey signing, which the emulator does not offer), so the emulator sends none.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "X-Twilio-Signature";

    public static string Compute(string authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}
