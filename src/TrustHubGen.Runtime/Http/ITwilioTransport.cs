using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime;

/// <summary>Sends <see cref="TwilioRequest"/>s. The default is <see cref="TwilioHttpTransport"/>; tests may substitute their own.</summary>
public interface ITwilioTransport
{
    /// <summary>
    /// Sends the request and returns a 2xx response; throws <see cref="TwilioApiException"/> for Twilio error
    /// answers (after the configured retries for 429/20429 and 5xx).
    /// </summary>
    Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken);
}
