using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Cli.Tests;

/// <summary>The command exports the runtime's traces and metrics over OTLP when OpenTelemetry's variables ask for it.</summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task With_an_otlp_endpoint_the_runs_spans_and_counters_reach_the_collector()
    {
        await using var collector = await Collector.StartAsync();

        var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--emulator", "--json"], new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Address,
            ["OTEL_SERVICE_NAME"] = "trusthub-test",
        });

        Assert.True(run.ExitCode == 0, run.ToString());
        run.Json();   // stdout is still the one JSON document
        // OTLP/HTTP protobuf: names travel as UTF-8 strings inside the message.
        var traces = collector.Bodies("/v1/traces");
        Assert.Contains(traces, b => b.Contains("onboarding run", StringComparison.Ordinal) && b.Contains("trusthub-test", StringComparison.Ordinal));
        Assert.Contains(traces, b => b.Contains("http.request.method", StringComparison.Ordinal));
        Assert.Contains(collector.Bodies("/v1/metrics"), b => b.Contains("trusthub.client.calls", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_exporter_name_is_reported_and_the_command_still_runs()
    {
        var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--emulator", "--plan"], new Dictionary<string, string> { ["OTEL_TRACES_EXPORTER"] = "zipkin" });

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("OTEL_TRACES_EXPORTER=zipkin: trusthub exports to otlp, console or none, not \"zipkin\"", run.Error);
    }

    [Theory]
    // Headers written as HTTP writes them (a colon, not '='): the exporter threw from the provider's build (exit 134).
    [InlineData("OTEL_EXPORTER_OTLP_HEADERS", "Authorization: Bearer s3cret", "OTEL_EXPORTER_OTLP_HEADERS is not key=value[,key=value…]")]
    // Neither was a silent export to the default http://localhost:4318, nor over http/protobuf for an unknown protocol.
    [InlineData("OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4318", "OTEL_EXPORTER_OTLP_ENDPOINT=collector:4318 is not an absolute http(s) URL")]
    [InlineData("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json", "OTEL_EXPORTER_OTLP_PROTOCOL=http/json: trusthub exports OTLP over http/protobuf or grpc")]
    public async Task A_bad_otlp_setting_is_reported_otlp_export_is_skipped_and_the_command_still_runs(string variable, string value, string message)
    {
        var environment = new Dictionary<string, string> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:1", [variable] = value };

        var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--emulator", "--plan"], environment);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(message, run.Error);
        Assert.EndsWith("; OTLP export is skipped.", run.Error.Split('\n')[0].TrimEnd());
        Assert.DoesNotContain("s3cret", run.Error);   // headers carry the collector's keys
        Assert.Null(Hosting.CliTelemetry.Start(name => environment.GetValueOrDefault(name), TextWriter.Null, json: false));
    }

    [Fact]
    public void With_json_the_console_exporter_is_skipped_and_said_so_on_stderr()
    {
        // The console exporter writes to the process's stdout, which with --json holds only the one JSON document.
        var error = new StringWriter();
        var environment = new Dictionary<string, string> { ["OTEL_TRACES_EXPORTER"] = "console", ["OTEL_METRICS_EXPORTER"] = "console" };

        using var telemetry = Hosting.CliTelemetry.Start(name => environment.GetValueOrDefault(name), error, json: true);

        Assert.Null(telemetry);
        Assert.Contains("OTEL_TRACES_EXPORTER=console: with --json stdout holds only the JSON document; the console exporter is skipped.", error.ToString());
        Assert.Contains("OTEL_METRICS_EXPORTER=console: with --json", error.ToString());
        using var withoutJson = Hosting.CliTelemetry.Start(name => environment.GetValueOrDefault(name), TextWriter.Null, json: false);
        Assert.NotNull(withoutJson);
    }

    [Fact]
    public async Task A_json_run_with_the_console_exporter_reports_it_skipped()
    {
        var run = await CliRunner.RunAsync(["onboard", "shaken-stir", "--emulator", "--plan", "--json"], new Dictionary<string, string> { ["OTEL_TRACES_EXPORTER"] = "console" });

        Assert.True(run.ExitCode == 0, run.ToString());
        run.Json();
        Assert.Contains("the console exporter is skipped", run.Error);
    }

    [Fact]
    public void Without_any_variable_nothing_is_set_up()
    {
        Assert.Null(Hosting.CliTelemetry.Start(_ => null, TextWriter.Null, json: false));
        Assert.Null(Hosting.CliTelemetry.Start(name => name == "OTEL_TRACES_EXPORTER" || name == "OTEL_METRICS_EXPORTER" ? "none" : null, TextWriter.Null, json: false));
    }

    /// <summary>A loopback OTLP/HTTP receiver that keeps every body it is sent, by path.</summary>
    private sealed class Collector : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentQueue<(string Path, byte[] Body)> _received = new();

        private Collector(WebApplication app) => _app = app;

        public string Address => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        public static async Task<Collector> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var collector = new Collector(app);
            app.MapPost("/v1/{signal}", async (HttpContext http) =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                collector._received.Enqueue((http.Request.Path.Value!, body.ToArray()));
                return Results.Ok();
            });
            await app.StartAsync();
            return collector;
        }

        public List<string> Bodies(string path) => _received.Where(r => r.Path == path).Select(r => Encoding.UTF8.GetString(r.Body)).ToList();

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
