using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime;

namespace TrustHubGen.AspNetCore;

/// <summary>
/// The auth tokens of your subaccounts, fetched once each from Twilio (<c>GET /2010-04-01/Accounts/{AC}.json</c> with
/// the parent's credentials, which answers the subaccount's <c>auth_token</c>) and kept in memory. An account that is
/// not yours answers 404 and gets no token, so its callbacks are refused.
/// </summary>
public sealed class SubaccountAuthTokens : IAuthTokenSource
{
    private const string Api2010 = "https://api.twilio.com";
    private readonly ITwilioTransport _parent;
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    /// <summary>Tokens fetched through <paramref name="parentTransport"/> (the ISV's own credentials).</summary>
    public SubaccountAuthTokens(ITwilioTransport parentTransport) =>
        _parent = parentTransport ?? throw new ArgumentNullException(nameof(parentTransport));

    /// <inheritdoc />
    public async ValueTask<string?> GetAuthTokenAsync(string accountSid, bool refresh, CancellationToken cancellationToken)
    {
        // The SID goes into a URL path: only a well-formed account SID is looked up.
        if (SidFormat.Check(accountSid, "AC", "AccountSid") is not null) return null;
        if (!refresh && _tokens.TryGetValue(accountSid, out var cached)) return cached;
        TwilioResponse response;
        try
        {
            response = await _parent.SendAsync(new TwilioRequest(HttpMethod.Get, Api2010, $"/2010-04-01/Accounts/{accountSid}.json"), cancellationToken).ConfigureAwait(false);
        }
        catch (TwilioApiException e) when (e.Status is 401 or 403 or 404)
        {
            _tokens.TryRemove(accountSid, out _);
            return null;
        }
        using var json = JsonDocument.Parse(response.Body);
        if (!json.RootElement.TryGetProperty("auth_token", out var token) || token.ValueKind != JsonValueKind.String || token.GetString() is not { Length: > 0 } value)
            return null;
        _tokens[accountSid] = value;
        return value;
    }
}
