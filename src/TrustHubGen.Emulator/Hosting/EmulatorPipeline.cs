using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Review;
using TrustHubGen.Emulator.Routes;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>
/// The one piece of middleware: route, authenticate, inject faults, run the handler, write Twilio's error body
/// for every refusal.
/// </summary>
internal sealed class EmulatorPipeline(EmulatorState state, Router router, ReviewSimulator review, FaultInjector faults, EmulatorApiKey? apiKey, ILogger logger)
{
    private const string ErrorsPath = "/emulator/errors/";
    private readonly ConcurrencyGate _gate = new();

    public async Task HandleAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}";
        if (path.StartsWith(ErrorsPath, StringComparison.Ordinal))
        {
            await WriteErrorPageAsync(http, path[ErrorsPath.Length..]).ConfigureAwait(false);
            return;
        }

        Reply reply;
        string? admitted = null;
        try
        {
            var route = router.Match(http.Request.Method, path, out var args, out var pathKnown);
            if (route is null)
            {
                throw pathKnown
                    ? new ApiException(405, ErrorCodes.MethodNotAllowed, $"Method {http.Request.Method} is not allowed on {path}.")
                    : ApiException.NotFound(path);
            }

            var account = Authenticate(http);
            if (faults.ConcurrencyCap is { } cap)
            {
                if (!_gate.TryEnter(account.Sid, cap))
                {
                    throw new ApiException(429, ErrorCodes.TooManyRequests, $"Too many concurrent requests for account {account.Sid} (at most {cap} at once).") { RetryAfterSeconds = 1 };
                }

                admitted = account.Sid;
            }

            if (faults.HasRules && !await ApplyFaultsAsync(http, path).ConfigureAwait(false))
            {
                return;
            }

            IFormCollection? form = null;
            if (http.Request.HasFormContentType)
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
            }

            reply = route.Handler(new RequestContext { Http = http, State = state, Review = review, Account = account, BaseUrl = baseUrl, Args = args, Form = form });
        }
        catch (ApiException e)
        {
            reply = Reply.Error(e.Status, e.Code, e.Message, baseUrl, e.RetryAfterSeconds);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Unhandled failure for {Method} {Path}", http.Request.Method, path);
            reply = Reply.Error(500, ErrorCodes.InternalError, $"The emulator failed on {http.Request.Method} {path}: {e.Message}", baseUrl);
        }
        finally
        {
            if (admitted is not null)
            {
                _gate.Exit(admitted);
            }
        }

        await WriteAsync(http, reply).ConfigureAwait(false);
    }

    /// <summary>False when the connection was dropped on purpose.</summary>
    private async Task<bool> ApplyFaultsAsync(HttpContext http, string path)
    {
        var (latency, outcome, retryAfter) = faults.Decide(http.Request.Method, path);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, http.RequestAborted).ConfigureAwait(false);
        }

        switch (outcome)
        {
            case FaultOutcome.DropConnection:
                http.Abort();
                return false;
            case FaultOutcome.TooManyRequests:
                throw new ApiException(429, ErrorCodes.TooManyRequests, "Too Many Requests (injected fault).") { RetryAfterSeconds = retryAfter };
            case FaultOutcome.ServiceUnavailable:
                throw new ApiException(503, ErrorCodes.ServiceUnavailable, "Service Unavailable (injected fault).");
            default:
                return true;
        }
    }

    /// <summary>
    /// HTTP Basic: an account's own token, (for a subaccount SID) the parent's token, or the main account's API key
    /// and secret, as Twilio accepts. A request authenticated by API key acts for the key's account (API 2010 paths
    /// may still name its subaccounts).
    /// </summary>
    private AccountState Authenticate(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            throw Unauthorized("No HTTP Basic credentials were sent; use the Account SID as user and the Auth Token as password.");
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            throw Unauthorized("The Authorization header is not valid Base64.");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var user = colon < 0 ? decoded : decoded[..colon];
        var password = colon < 0 ? "" : decoded[(colon + 1)..];
        if (apiKey is not null && user == apiKey.Sid)
        {
            if (SameSecret(password, apiKey.Secret) && state.Accounts.TryGetValue(apiKey.AccountSid, out var owner))
            {
                return owner;
            }

            throw Unauthorized("Authentication Error - invalid API Key secret.");
        }

        if (state.Accounts.TryGetValue(user, out var account))
        {
            if (SameSecret(password, account.AuthToken))
            {
                return account;
            }

            if (account.IsSubaccount && state.Accounts.TryGetValue(account.OwnerAccountSid, out var parent) && SameSecret(password, parent.AuthToken))
            {
                return account;
            }
        }

        throw Unauthorized("Authentication Error - invalid username or password.");
    }

    private static ApiException Unauthorized(string message) => new(401, ErrorCodes.AuthenticationFailed, message);

    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));

    private static async Task WriteAsync(HttpContext http, Reply reply)
    {
        var response = http.Response;
        response.StatusCode = reply.Status;
        foreach (var (name, value) in reply.Headers)
        {
            response.Headers[name] = value;
        }

        if (reply.Status == 401)
        {
            response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
        }

        if (reply.Body.Length > 0)
        {
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = reply.Body.Length;
            await response.Body.WriteAsync(reply.Body, http.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task WriteErrorPageAsync(HttpContext http, string code)
    {
        if (int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && ErrorCodes.Descriptions.TryGetValue(value, out var description))
        {
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync($"TrustHubGen emulator error {value}: {description}\nSee docs/emulator.md, \"Error codes\".\n", http.RequestAborted).ConfigureAwait(false);
            return;
        }

        http.Response.StatusCode = 404;
        await http.Response.WriteAsync($"No emulator error code \"{code}\".\n", http.RequestAborted).ConfigureAwait(false);
    }
}
