using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Tests.Infrastructure;

namespace TrustHubGen.Durable.Tests;

/// <summary>An app that gives Twilio no callback URL says so when it starts: only the reconciliation will move its customers.</summary>
public sealed class CallbackUrlTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("https://isv.example.com/", 0)]
    public async Task Without_a_public_url_the_start_warns_that_only_the_reconciliation_moves_customers(string? publicBaseUrl, int warnings)
    {
        using var logs = new LogRecorder();
        await using var app = BareIsvApp.Build(o => o.RunServer = false, builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.AddTrustHubStatusCallbacks(o => o.PublicBaseUrl = publicBaseUrl is null ? null : new Uri(publicBaseUrl));
        });

        await app.StartAsync();
        await app.StopAsync();

        var said = logs.Entries.Where(e => e.Level == LogLevel.Warning && e.Message.Contains("PublicBaseUrl is not set", StringComparison.Ordinal)).ToList();
        Assert.Equal(warnings, said.Count);
        Assert.All(said, e => Assert.Contains("00:30:00", e.Message, StringComparison.Ordinal));
    }
}
