using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Durable;

/// <summary>
/// Where the jobs find a customer's onboarding data: the ISV's own records (a database, a CRM). Jobs carry only the
/// customer's account SID, so what a job does is always what the directory says now.
/// </summary>
public interface IIsvCustomerDirectory
{
    /// <summary>The customer whose subaccount is <paramref name="customerAccountSid"/>, or null when it is not one of yours.</summary>
    ValueTask<IsvCustomerOnboarding?> FindAsync(string customerAccountSid, CancellationToken cancellationToken);

    /// <summary>
    /// Whether <paramref name="customerAccountSid"/> is one of your customers. Asked for every status callback before its
    /// signature can be checked (the SID is untrusted input from anyone who can reach the endpoint), so that callbacks
    /// naming other accounts are refused without asking Twilio for a token. The default asks <see cref="FindAsync"/>;
    /// answer with a cheaper query (an indexed lookup of the SID) when building a customer's onboarding data is costly.
    /// </summary>
    async ValueTask<bool> IsCustomerAsync(string customerAccountSid, CancellationToken cancellationToken) =>
        await FindAsync(customerAccountSid, cancellationToken).ConfigureAwait(false) is not null;
}
