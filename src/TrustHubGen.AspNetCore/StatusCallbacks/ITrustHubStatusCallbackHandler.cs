using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.AspNetCore;

/// <summary>
/// What the app does with a verified status callback. Register one in DI (the durable ISV onboarding of
/// TrustHubGen.Durable is one). Keep it short: Twilio waits at most 15 s for the answer, so enqueue work, do not do it.
/// Twilio may deliver a callback twice, late or out of order: a handler must be idempotent.
/// </summary>
public interface ITrustHubStatusCallbackHandler
{
    /// <summary>Handles one callback; an exception answers 500 (Twilio may retry, per the URL's connection overrides).</summary>
    Task HandleAsync(TrustHubStatusCallback callback, CancellationToken cancellationToken);
}
