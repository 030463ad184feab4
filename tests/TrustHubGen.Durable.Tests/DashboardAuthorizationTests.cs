using TrustHubGen.Durable.Tests.Infrastructure;

namespace TrustHubGen.Durable.Tests;

/// <summary>The dashboard without an authorization filter: local requests only, and a request a proxy relayed is not one.</summary>
public sealed class DashboardAuthorizationTests
{
    [Theory]
    [InlineData(null, null, 200)]
    [InlineData("X-Forwarded-For", "203.0.113.7", 401)]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https", 401)]
    public async Task Without_a_filter_only_requests_made_on_this_host_see_the_dashboard(string? header, string? value, int expected)
    {
        await using var app = BareIsvApp.Build(o => o.RunServer = false);
        app.MapTrustHubDashboard();
        await app.StartAsync();

        // A reverse proxy on the same host (nginx, a load balancer's agent) connects from loopback and says whom for.
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(new Uri(app.Urls.Single()), "trusthub/jobs"));
        if (header is not null) request.Headers.Add(header, value);
        using var response = await http.SendAsync(request);

        Assert.Equal(expected, (int)response.StatusCode);
    }
}
