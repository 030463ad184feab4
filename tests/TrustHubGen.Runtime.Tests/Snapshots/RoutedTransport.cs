using System.Text;

namespace TrustHubGen.Runtime.Tests.Snapshots;

/// <summary>An ITwilioTransport answering each URL (path and query, or the absolute next-page URL) from a table; records requests.</summary>
internal sealed class RoutedTransport(Dictionary<string, string> pages) : ITwilioTransport
{
    public List<TwilioRequest> Requests { get; } = new();

    public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Requests.Add(request);
        var key = request.AbsoluteUrl?.AbsoluteUri ?? request.Path;
        if (!pages.TryGetValue(key, out var json)) throw new InvalidOperationException($"No page for {key} (request {request}).");
        var uri = request.AbsoluteUrl ?? new Uri(request.ServerUrl + request.Path);
        return Task.FromResult(new TwilioResponse(200, Encoding.UTF8.GetBytes(json), uri));
    }

    /// <summary>A Trust Hub v1 list page with its full meta block.</summary>
    public static string V1Page(string path, string? nextUrl, params string[] items) =>
        "{\"results\": [" + string.Join(",", items) + "], \"meta\": {\"page\": 0, \"page_size\": 1000, \"first_page_url\": \"https://trusthub.twilio.com" + path
        + "?PageSize=1000&Page=0\", \"previous_page_url\": null, \"url\": \"https://trusthub.twilio.com" + path + "?PageSize=1000&Page=0\", \"next_page_url\": "
        + (nextUrl is null ? "null" : "\"" + nextUrl + "\"") + ", \"key\": \"results\"}}";

    /// <summary>An API 2010 IncomingPhoneNumbers page.</summary>
    public static string NumbersPage(string? nextUri, params string[] items) =>
        "{\"incoming_phone_numbers\": [" + string.Join(",", items) + "], \"next_page_uri\": " + (nextUri is null ? "null" : "\"" + nextUri + "\"") + ", \"page\": 0, \"page_size\": 1000}";
}
