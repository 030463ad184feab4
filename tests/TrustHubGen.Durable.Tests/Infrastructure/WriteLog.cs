using System.Collections.Concurrent;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>Keeps every write (POST, DELETE) the ISV's transport made that Twilio answered 2xx, per customer subaccount.</summary>
internal sealed class WriteLog(ITwilioTransport inner) : ITwilioAccountTransport
{
    public string AccountSid => inner.GetAccountSid()!;

    private readonly ConcurrentQueue<(string Account, string Write)> _writes = new();

    public async Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        var response = await inner.SendAsync(request, cancellationToken);
        if (request.Method != HttpMethod.Get)
            _writes.Enqueue((request.SubaccountSid ?? "", $"{request.Method} {request.Path} {request.Form?.ToUrlEncoded()}"));
        return response;
    }

    /// <summary>
    /// Writes made twice with the same path and body: a second creation, assignment or submission. Evaluations are
    /// left out: a run that resumes before its submission evaluates again, which creates nothing.
    /// </summary>
    public IReadOnlyList<string> Repeated() =>
        _writes.Where(w => !w.Write.Contains("/Evaluations", StringComparison.Ordinal))
            .GroupBy(w => w).Where(g => g.Count() > 1).Select(g => $"{g.Key.Account}: {g.Count()}× {g.Key.Write}").ToList();

    public int Count => _writes.Count;

    /// <summary>The writes made for one customer's subaccount.</summary>
    public int CountFor(string account) => _writes.Count(w => w.Account == account);
}
