using System.Security.Claims;
using TrustHubGen.Emulator.State;

namespace TrustHubGen.Emulator.Auth;

/// <summary>The authenticated (acting) account of a request: what route handlers act for and the concurrency cap counts.</summary>
internal sealed class AccountIdentity(AccountState account) : ClaimsIdentity(TwilioBasicAuthentication.SchemeName)
{
    public AccountState Account { get; } = account;

    public override string Name => Account.Sid;
}
