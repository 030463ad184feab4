using System.Text.RegularExpressions;

namespace TrustHubGen.Onboarding.Tests.Infrastructure;

/// <summary>How the service answers a partial number (shorter than a whole +1 number).</summary>
public enum PartialNumbers
{
    Prefix,
    MatchNothing,
    UpToTwoDigits,
    Ignored,
}

/// <summary>
/// Records the requests under a session's transport; a partial PhoneNumber filter is sent as the service <c>partial</c> says:
/// as it is, as one that matches no number, as one that matches nothing beyond two digits ("+12" as sent, "+120" matches
/// nothing), or dropped.
/// </summary>
internal sealed class RecordingHandler(PartialNumbers partial = PartialNumbers.Prefix) : DelegatingHandler(new SocketsHttpHandler())
{
    private static readonly Regex PhoneNumberFilter = new("[?&]PhoneNumber=([^&]*)", RegexOptions.CultureInvariant);

    public List<Uri> Uris { get; } = new();

    private IEnumerable<Uri> NumberLists => Uris.Where(u => u.AbsolutePath.EndsWith("/IncomingPhoneNumbers.json", StringComparison.Ordinal));

    public int UnfilteredPages => NumberLists.Count(u => !PhoneNumberFilter.IsMatch(u.Query));

    // The PhoneNumber filters sent, one per page read.
    public List<string> Filters => NumberLists.Select(u => PhoneNumberFilter.Match(u.Query)).Where(m => m.Success).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();

    public int FetchesBySid => Uris.Count(u => u.AbsolutePath.Contains("/IncomingPhoneNumbers/PN", StringComparison.Ordinal));

    // Pages of bundles' ChannelEndpointAssignments lists read: whole lists (unfiltered) and filtered by ChannelEndpointSids.
    public int AssignmentPages(bool filtered) =>
        Uris.Count(u => u.AbsolutePath.EndsWith("/ChannelEndpointAssignments", StringComparison.Ordinal) && u.Query.Contains("ChannelEndpointSids=", StringComparison.Ordinal) == filtered);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;
        lock (Uris) Uris.Add(uri);
        if (PhoneNumberFilter.Match(uri.Query) is { Success: true } filter && Uri.UnescapeDataString(filter.Groups[1].Value) is { Length: < 12 } value)
        {
            var sent = partial switch
            {
                PartialNumbers.MatchNothing => filter.Value[0] + "PhoneNumber=%2B0",
                PartialNumbers.UpToTwoDigits when value.Length > 3 => filter.Value[0] + "PhoneNumber=%2B0",
                PartialNumbers.Ignored => filter.Value[0] == '?' ? "?" : "",
                _ => filter.Value,
            };
            request.RequestUri = new Uri(uri.AbsoluteUri.Replace(filter.Value, sent, StringComparison.Ordinal));
        }
        return base.SendAsync(request, cancellationToken);
    }
}
