using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
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
/// </summary>
internal sealed class TwilioBasicAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, EmulatorRuntime runtime)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TwilioBasic";

    private const string NoCredentials = "No HTTP Basic credentials were sent; use the Account SID as user and the Auth Token as password.";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.Fail(NoCredentials));
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return Task.FromResult(AuthenticateResult.Fail("The Authorization header is not valid Base64."));
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        var user = colon < 0 ? decoded : decoded[..colon];
        var password = colon < 0 ? "" : decoded[(colon + 1)..];
        var account = Resolve(user, password, out var failure);
        return Task.FromResult(account is null
            ? AuthenticateResult.Fail(failure)
            : AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new AccountIdentity(account)), SchemeName)));
    }

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

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        Response.Headers.WWWAuthenticate = "Basic realm=\"Twilio API\"";
        await TwilioErrors.WriteAsync(Context, new ApiException(401, ErrorCodes.AuthenticationFailed, result.Failure?.Message ?? NoCredentials)).ConfigureAwait(false);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        TwilioErrors.WriteAsync(Context, new ApiException(403, ErrorCodes.AuthenticationFailed, "Forbidden."));
}
