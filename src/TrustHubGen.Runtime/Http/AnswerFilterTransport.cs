using System;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime;

/// <summary>
/// Sends every request through <paramref name="inner"/> with <paramref name="filter"/> on its answer: the engine gives a
/// generated client one of these for the calls whose answers it reads only in part (evaluations), so the generated
/// request and reader stay the spec's while the transport keeps only what is read.
/// </summary>
internal sealed class AnswerFilterTransport(ITwilioTransport inner, JsonAnswerFilter filter) : ITwilioTransport
{
    public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        request.AnswerFilter = filter;
        return inner.SendAsync(request, cancellationToken);
    }

    public override string ToString() => $"AnswerFilterTransport {{ Inner = {inner} }}";
}
