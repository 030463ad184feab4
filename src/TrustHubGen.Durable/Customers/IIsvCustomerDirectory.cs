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
}
