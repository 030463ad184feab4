using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime;

/// <summary>Sends <see cref="TwilioRequest"/>s. The default is <see cref="TwilioHttpTransport"/>; tests may substitute their own.</summary>
public interface ITwilioTransport
{
    /// <summary>
    /// Sends the request and returns a 2xx response. Every failure of the call is a <see cref="TwilioCallException"/>
    /// (after the configured retries): <see cref="TwilioApiException"/> for Twilio's error answers,
    /// <see cref="TwilioInvalidResponseException"/> for an answer that cannot be Twilio's, <see cref="TwilioNoAnswerException"/>
    /// when none came. The caller's cancellation throws <see cref="System.OperationCanceledException"/>.
    /// </summary>
    Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken);
}
