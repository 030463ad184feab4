using System.Net;
using System.Text.Json.Nodes;

namespace TrustHubGen.Testing;

/// <summary>
/// An HTTP handler in front of a Prism proxy (<see cref="PrismServer.StartProxyAsync"/>) that records every spec violation
/// Prism reports: a request that breaks the spec (422, problem+json) and the <c>sl-violations</c> it attaches to answers.
/// </summary>
public sealed class ViolationRecorder : DelegatingHandler
{
    private readonly List<string> _violations = [];

    public ViolationRecorder()
        : base(new HttpClientHandler())
    {
    }

    public int Responses { get; private set; }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_violations)
            {
                return [.. _violations];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var where = $"{request.Method} {request.RequestUri!.PathAndQuery} → {(int)response.StatusCode}";
        var found = new List<string>();
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json" || response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            found.Add($"{where}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        else if (response.Headers.TryGetValues("sl-violations", out var values))
        {
            foreach (var violation in JsonNode.Parse(string.Join("", values))!.AsArray())
            {
                // The spec documents no error responses, so an error status is only ever "not in the document".
                var undocumentedErrorStatus = (int)response.StatusCode >= 400
                    && (string?)violation!["severity"] == "Warning"
                    && ((string?)violation["message"])!.StartsWith("Unable to match the returned status code", StringComparison.Ordinal);
                if (!undocumentedErrorStatus)
                {
                    found.Add($"{where}: {violation!.ToJsonString()}");
                }
            }
        }

        lock (_violations)
        {
            Responses++;
            _violations.AddRange(found);
        }

        return response;
    }
}
