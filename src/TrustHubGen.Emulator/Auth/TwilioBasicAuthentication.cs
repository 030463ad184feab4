using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Auth;

/// <summary>An API Key the emulator accepts as Basic-auth user, and the account it acts for.</summary>
internal sealed record EmulatorApiKey(string Sid, string Secret, string AccountSid);

/// <summary>
/// HTTP Basic as Twilio accepts it: an account's SID and auth token; a subaccount's SID and its parent's token; or the main
/// account's API key (SK…) and secret, which act for the main account. A refusal is Twilio's 401 body (code 20003) with
/// <c>WWW-Authenticate: Basic</c>, written by the challenge.
/// <para>
/// A scheme handler of ASP.NET Core's authentication (<see cref="IAuthenticationHandler"/>, one per request), written
/// against the interface rather than <c>AuthenticationHandler&lt;TOptions&gt;</c>: that base class creates a logger
/// (a process-wide lock) and reads its options on every request, which on small requests cost more than the check itself
/// (docs/benchmarks.md, "what cost what"). Accepted credentials are remembered per <c>Authorization</c> value
/// (<see cref="AcceptedCredentials"/>), so a client that sends the same header on every request is not decoded and
/// compared again; tokens never change while the emulator runs, and refusals are never remembered.
/// </para>
/// </summary>
internal sealed class TwilioBasicAuthentication(EmulatorRuntime runtime) : IAuthenticationHandler
{
    public const string SchemeName = "TwilioBasic";

    private const string NoCredentials = "No HTTP Basic credentials were sent; use the Account SID as user and the Auth Token as password.";

    private HttpContext _http = null!;
    private Task<AuthenticateResult>? _result;

    public Task InitializeAsync(AuthenticationScheme scheme, HttpContext context)
    {
        _http = context;
        return Task.CompletedTask;
    }

    public Task<AuthenticateResult> AuthenticateAsync() => _result ??= Authenticate();

    public async Task ChallengeAsync(AuthenticationProperties? properties)
    {
        var result = await AuthenticateAsync().ConfigureAwait(false);
        _http.Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
        await TwilioErrors.WriteAsync(_http, new ApiException(401, ErrorCodes.AuthenticationFailed, result.Failure?.Message ?? NoCredentials)).ConfigureAwait(false);
    }

    public Task ForbidAsync(AuthenticationProperties? properties) =>
        TwilioErrors.WriteAsync(_http, new ApiException(403, ErrorCodes.AuthenticationFailed, "Forbidden."));

    private Task<AuthenticateResult> Authenticate()
    {
        var header = _http.Request.Headers.Authorization.ToString();
        var accepted = runtime.AcceptedCredentials;
        if (accepted.TryGetValue(header, out var known))
        {
            return known;
        }

        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(NoCredentials);
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return Fail("The Authorization header is not valid Base64.");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var user = colon < 0 ? decoded : decoded[..colon];
        var password = colon < 0 ? "" : decoded[(colon + 1)..];
        var account = Resolve(user, password, out var failure);
        if (account is null)
        {
            return Fail(failure);
        }

        // One principal per accepted header, shared by its requests (nothing mutates it): the framework's per-request
        // claims-transformation bookkeeping then hashes an object that already has its hash code.
        var result = Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new AccountIdentity(account)), SchemeName)));
        if (accepted.Count < AcceptedCredentialsLimit)
        {
            accepted.TryAdd(header, result);
        }

        return result;
    }

    /// <summary>Distinct accepted headers remembered at most; beyond it they are checked on every request, as before.</summary>
    private const int AcceptedCredentialsLimit = 10_000;

    private static Task<AuthenticateResult> Fail(string message) => Task.FromResult(AuthenticateResult.Fail(message));

    private AccountState? Resolve(string user, string password, out string failure)
    {
        failure = "Authentication Error - invalid username or password.";
        var (state, apiKey) = (runtime.State, runtime.ApiKey);
        if (apiKey is not null && user == apiKey.Sid)
        {
            if (SameSecret(password, apiKey.Secret) && state.Accounts.TryGetValue(apiKey.AccountSid, out var owner))
            {
                return owner;
            }

            failure = "Authentication Error - invalid API Key secret.";
            return null;
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

        return null;
    }

    private static bool SameSecret(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}

/// <summary>The accepted <c>Authorization</c> values and their results (see <see cref="TwilioBasicAuthentication"/>).</summary>
internal sealed class AcceptedCredentials : ConcurrentDictionary<string, Task<AuthenticateResult>>
{
    public AcceptedCredentials()
        : base(StringComparer.Ordinal)
    {
    }
}
