using System.Diagnostics;
using global::IsvOnboarding;
using TrustHubGen.Durable.Tests.Infrastructure;

namespace TrustHubGen.Durable.Tests;

/// <summary>A wrong PostgreSQL connection string fails the app's start with a message naming the option and the server, never its password.</summary>
public sealed class PostgreSqlStartupTests
{
    [Fact]
    public async Task An_unreachable_server_fails_the_start_naming_UsePostgreSql_and_the_server()
    {
        var port = IsvApp.FreePort();   // nothing listens there: connections are refused
        await using var app = BareIsvApp.Build(o => o.UsePostgreSql($"Host=127.0.0.1;Port={port};Username=isv;Password=s3cret-pw;Database=jobs"));

        var clock = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Contains("UsePostgreSql", e.Message, StringComparison.Ordinal);
        Assert.Contains($"host 127.0.0.1, port {port}, database jobs, user isv", e.Message, StringComparison.Ordinal);
        Assert.Contains("Connection refused", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", e.Message, StringComparison.Ordinal);
        // Hangfire.PostgreSql's startup retries (about 31 s of backoff), once: not again on first use.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(50), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("Hots=db.example.com;Password=s3cret-pw")]
    [InlineData("Host=db.example.com;Port=five;Password=s3cret-pw")]
    public void A_connection_string_Npgsql_cannot_read_is_refused_at_once_without_echoing_it(string connectionString)
    {
        var e = Assert.Throws<ArgumentException>(() => new TrustHubIsvOnboardingOptions().UsePostgreSql(connectionString));

        Assert.Contains("UsePostgreSql", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pw", e.Message, StringComparison.Ordinal);
    }
}
