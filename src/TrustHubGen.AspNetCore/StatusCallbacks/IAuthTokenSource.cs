using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.AspNetCore;

/// <summary>Finds the auth token an account's callbacks are signed with.</summary>
public interface IAuthTokenSource
{
    /// <summary>The auth token of <paramref name="accountSid"/>, or null when the account is not one of yours.</summary>
    /// <param name="accountSid">The callback's <c>AccountSid</c> (not yet verified: treat it as untrusted input).</param>
    /// <param name="refresh">True when a cached token just failed to verify a callback: look it up again (it may have been rotated).</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    ValueTask<string?> GetAuthTokenAsync(string accountSid, bool refresh, CancellationToken cancellationToken);
}
