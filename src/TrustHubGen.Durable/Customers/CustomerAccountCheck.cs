using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustHubGen.AspNetCore;

namespace TrustHubGen.Durable;

/// <summary>
/// Whether a status callback's account is one of the ISV's customers: the directory's <see cref="IIsvCustomerDirectory.IsCustomerAsync"/>.
/// It is the endpoint's <see cref="TrustHubStatusCallbackOptions.IsExpectedAccount"/> (unless the app set its own), asked
/// before any token lookup; the callback handler asks it only for callbacks the endpoint did not, so each callback costs
/// one directory lookup.
/// </summary>
internal sealed class CustomerAccountCheck(IServiceProvider provider, ILogger<CustomerAccountCheck> logger)
{
    /// <summary>The delegate the options are given, so that the handler can tell whether it is the one in force.</summary>
    public Func<string, CancellationToken, ValueTask<bool>> AsExpectedAccount => IsCustomerAsync;

    /// <summary>True when <paramref name="options"/> checked callbacks' accounts with this directory (not an app's own check).</summary>
    public bool IsInForce(TrustHubStatusCallbackOptions options) => Equals(options.IsExpectedAccount, AsExpectedAccount);

    public async ValueTask<bool> IsCustomerAsync(string account, CancellationToken cancellationToken)
    {
        try
        {
            // Resolved when asked, not with the options: an app may build them without registering a directory yet.
            return await provider.GetRequiredService<IIsvCustomerDirectory>().IsCustomerAsync(account, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // A customer whose data cannot be read: accepted, so that its verdict's job records the problem (NeedsAttention).
            logger.LogWarning("Status callback for account {Account}: the customer directory could not read this customer ({Problem}); accepted, so that its job records the problem.", account, e.Message);
            return true;
        }
    }
}
