using System;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime.Wire;

namespace TrustHubGen.Runtime;

/// <summary>
/// A subaccount's auth token, read with its parent's credentials: API 2010's <c>FetchAccount</c> answers a subaccount's
/// <c>auth_token</c> to its parent. Validating the signature of a webhook Twilio sends for a subaccount needs it.
/// </summary>
public static class SubaccountAuthToken
{
    /// <summary>Fetches the auth token of <paramref name="subaccountSid"/> through <paramref name="parentTransport"/>.</summary>
    /// <returns>The token; null when the account is not reachable with these credentials (401, 403, 404) or the answer holds none.</returns>
    /// <exception cref="FormatException"><paramref name="subaccountSid"/> is not an account SID (<c>AC…</c>).</exception>
    public static async Task<string?> FetchAsync(ITwilioTransport parentTransport, string subaccountSid, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parentTransport);
        var sid = AccountSid.Parse(subaccountSid);
        try
        {
            var account = await new Api2010Client(parentTransport, sid).Accounts.FetchAsync(sid, cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(account.AuthToken) ? null : account.AuthToken;
        }
        catch (TwilioApiException e) when (e.Status is 401 or 403 or 404)
        {
            return null;
        }
    }
}
