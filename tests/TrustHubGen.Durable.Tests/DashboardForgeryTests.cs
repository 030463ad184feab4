using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.Durable.Tests.Infrastructure;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// The dashboard's buttons (delete, requeue) change jobs, and the operator's browser is a local client (on the host, or
/// through an SSH tunnel): a page of another site shown in that browser must not be able to press them (cross-site
/// request forgery), nor read the dashboard through a name re-pointed at 127.0.0.1 (DNS rebinding).
/// </summary>
public sealed class DashboardForgeryTests
{
    [Theory]
    [InlineData("cross-site", "https://evil.example", false)]
    [InlineData("same-site", "https://other.localhost", false)]
    [InlineData(null, "https://evil.example", false)]
    [InlineData(null, "null", false)]
    [InlineData("same-origin", "self", true)]
    [InlineData(null, "self", true)]
    [InlineData(null, null, true)]
    public async Task Only_the_dashboards_own_posts_delete_a_job(string? fetchSite, string? origin, bool deleted)
    {
        await using var app = await StartAsync();
        var job = app.Services.GetRequiredService<IsvOnboarding>().Start("AC" + new string('1', 32));
        var url = new Uri(app.Urls.Single());

        // What a browser sends for a page's <form method=post action="http://127.0.0.1:…/trusthub/jobs/jobs/enqueued/delete">.
        using var http = new HttpClient();
        using var post = new HttpRequestMessage(HttpMethod.Post, new Uri(url, "trusthub/jobs/jobs/enqueued/delete")) { Content = new FormUrlEncodedContent([new("jobs[]", job)]) };
        if (fetchSite is not null) post.Headers.Add("Sec-Fetch-Site", fetchSite);
        if (origin is not null) post.Headers.Add("Origin", origin == "self" ? url.GetLeftPart(UriPartial.Authority) : origin);
        using var answer = await http.SendAsync(post);

        var state = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().JobDetails(job).History[0].StateName;
        Assert.Equal(deleted ? DeletedState.StateName : EnqueuedState.StateName, state);
        Assert.Equal(deleted, answer.IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("evil.example", 401)]
    [InlineData("localhost", 200)]
    [InlineData(null, 200)]
    public async Task The_default_filter_answers_only_requests_addressed_to_a_loopback_name(string? host, int expected)
    {
        await using var app = await StartAsync();
        var url = new Uri(app.Urls.Single());

        // DNS rebinding: evil.example re-pointed at 127.0.0.1, so the browser's request is local but names evil.example.
        using var http = new HttpClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, new Uri(url, "trusthub/jobs"));
        if (host is not null) get.Headers.Host = $"{host}:{url.Port}";
        using var answer = await http.SendAsync(get);

        Assert.Equal(expected, (int)answer.StatusCode);
    }

    private static async Task<WebApplication> StartAsync()
    {
        var app = BareIsvApp.Build(o => o.RunServer = false);
        app.MapTrustHubDashboard();
        await app.StartAsync();
        return app;
    }
}
