using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustHubGen.Runtime;
using Twilio.Security;

namespace TrustHubGen.AspNetCore;

/// <summary>
/// The status-callback endpoint: checks <c>X-Twilio-Signature</c> with Twilio's <see cref="RequestValidator"/>
/// against the token of the account named in the callback, answers 403 (and does nothing else) when the signature is
/// missing or wrong or the account is not expected (<see cref="TrustHubStatusCallbackOptions.IsExpectedAccount"/>, checked
/// before any token is looked up), 400 when a signed callback lacks a field, and otherwise hands the callback to the app's
/// <see cref="ITrustHubStatusCallbackHandler"/> and answers 204.
/// </summary>
public static class TrustHubStatusCallbackEndpoint
{
    /// <summary>The header Twilio signs requests in.</summary>
    public const string SignatureHeader = "X-Twilio-Signature";

    /// <summary>Handles one request (mapped by <see cref="TrustHubEndpointRouteBuilderExtensions.MapTrustHubStatusCallbacks"/>).</summary>
    public static async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = await AnswerAsync(context).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private static async Task<IResult> AnswerAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<TrustHubStatusCallbackOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("TrustHubGen.AspNetCore.StatusCallbacks");
        var request = context.Request;
        var ct = context.RequestAborted;

        var form = request.HasFormContentType
            ? (await request.ReadFormAsync(ct).ConfigureAwait(false)).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var signature = request.Headers[SignatureHeader].ToString();
        var url = SignedUrl.Of(request, options);
        if (signature.Length == 0)
        {
            logger.LogWarning("Refused a status callback to {Url} without {Header}.", url, SignatureHeader);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        // Refused before any token is looked up, with the answer a wrong signature gets: another code would tell a forger
        // which accounts are expected. Twilio retries no 4xx unless the URL's connection overrides ask it to (rp=4xx or all).
        form.TryGetValue("AccountSid", out var accountSid);
        if (SidFormat.Check(accountSid, "AC", "AccountSid") is not null)
        {
            // Not echoed: an unverified value with line breaks would forge log lines.
            logger.LogWarning("Refused a status callback to {Url}: its AccountSid is missing or not an account SID (AC and 32 hex digits).", url);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        // Accounts whose tokens are configured are expected; the others are asked about when the app says which it expects.
        var askedIsExpectedAccount = !options.AuthTokens.ContainsKey(accountSid!) && options.IsExpectedAccount is not null;
        if (askedIsExpectedAccount && !await options.IsExpectedAccount!(accountSid!, ct).ConfigureAwait(false))
        {
            logger.LogWarning("Refused a status callback to {Url} for account {Account}, which is not one whose callbacks this app expects (TrustHubStatusCallbackOptions.IsExpectedAccount); no token was looked up.", url, accountSid);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!await IsSignedAsync(services, options, accountSid!, url, form, signature, request.Headers[RequestValidator.SignatureSettingsHeader].ToString(), ct).ConfigureAwait(false))
        {
            // The URL is logged so that a proxy setup whose public URL differs from PublicBaseUrl shows at once.
            logger.LogWarning("Refused a status callback to {Url} for account {Account}: the signature does not match (check TrustHubStatusCallbackOptions.PublicBaseUrl behind a proxy, and the account's auth token).", url, accountSid);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var callback = TrustHubStatusCallback.Read(form, request.Headers["I-Twilio-Idempotency-Token"].ToString() is { Length: > 0 } token ? token : null, out var problems);
        if (callback is null)
        {
            logger.LogWarning("A signed status callback to {Url} is malformed: {Problems}", url, string.Join(" ", problems));
            return Results.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: "The status callback is malformed.");
        }

        logger.LogInformation("Status callback: {Callback}", callback);
        callback = callback with { AccountExpectedByIsExpectedAccount = askedIsExpectedAccount };
        await services.GetRequiredService<ITrustHubStatusCallbackHandler>().HandleAsync(callback, ct).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<bool> IsSignedAsync(IServiceProvider services, TrustHubStatusCallbackOptions options, string accountSid, string url,
        Dictionary<string, string> form, string signature, string signatureSettings, System.Threading.CancellationToken ct)
    {
        if (options.AuthTokens.TryGetValue(accountSid, out var configured))
            return Validate(configured);
        var source = options.AuthTokenSource ?? services.GetService<IAuthTokenSource>();
        if (source is null) return false;
        var token = await source.GetAuthTokenAsync(accountSid, refresh: false, ct).ConfigureAwait(false);
        if (token is null) return false;
        if (Validate(token)) return true;

        // A rotated token: look it up once more before refusing.
        var fresh = await source.GetAuthTokenAsync(accountSid, refresh: true, ct).ConfigureAwait(false);
        return fresh is not null && fresh != token && Validate(fresh);

        bool Validate(string authToken)
        {
            // Twilio's own choice of algorithm (HMAC-SHA1 with the auth token unless SharedKey signing is announced).
            var validator = new RequestValidator(authToken);
            return validator.Validate(url, form, signature, RequestValidator.GetSignatureAlgorithm(signatureSettings.Length == 0 ? null : signatureSettings));
        }
    }
}
