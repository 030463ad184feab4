using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable;

/// <summary>
/// A job's transport: proves the customer's lock is still held before each write (anything but a GET), so a job whose
/// lock ended under it (PostgreSQL restarted, its connection dropped) stops instead of writing beside the job that took
/// the lock since. What is left is the one request already under way when the lock ends.
/// </summary>
internal sealed class LockCheckedTransport(ITwilioTransport inner, IHeldCustomerLock held) : ITwilioTransport
{
    public async Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Get) await held.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        return await inner.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
