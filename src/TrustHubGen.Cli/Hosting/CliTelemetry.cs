using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TrustHubGen.Runtime;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// Exports the runtime's traces and metrics (<see cref="TrustHubGenTelemetry"/>) when the environment asks for it, with
/// OpenTelemetry's own variables: <c>OTEL_TRACES_EXPORTER</c> and <c>OTEL_METRICS_EXPORTER</c> (<c>otlp</c>, <c>console</c>,
/// <c>none</c>, comma-separated; <c>otlp</c> when only an endpoint is set), <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>,
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c> (<c>http/protobuf</c>, the default, or <c>grpc</c>), <c>OTEL_EXPORTER_OTLP_HEADERS</c>
/// and <c>OTEL_SERVICE_NAME</c> (default <c>trusthub</c>). Nothing is set up otherwise. Disposing flushes what is left.
/// </summary>
internal sealed class CliTelemetry : IDisposable
{
    private readonly TracerProvider? _tracing;
    private readonly MeterProvider? _metrics;

    private CliTelemetry(TracerProvider? tracing, MeterProvider? metrics)
    {
        _tracing = tracing;
        _metrics = metrics;
    }

    /// <summary>
    /// Starts the exporters the environment names; null when it names none. Unknown exporter names are reported on
    /// <paramref name="error"/> and skipped, and so is <c>console</c> with <paramref name="json"/> (<c>--json</c>): it
    /// writes to stdout, which then holds only the JSON document.
    /// </summary>
    public static CliTelemetry? Start(Func<string, string?> environment, TextWriter error, bool json)
    {
        var endpoint = Value(environment, "OTEL_EXPORTER_OTLP_ENDPOINT");
        var traces = Exporters(environment, "OTEL_TRACES_EXPORTER", endpoint, json, error);
        var metrics = Exporters(environment, "OTEL_METRICS_EXPORTER", endpoint, json, error);
        if ((traces.Contains("otlp") || metrics.Contains("otlp")) && OtlpProblem(environment, endpoint) is { } problem)
        {
            error.WriteLine($"{problem}; OTLP export is skipped.");
            traces.Remove("otlp");
            metrics.Remove("otlp");
        }
        if (traces.Count == 0 && metrics.Count == 0) return null;

        var service = Value(environment, "OTEL_SERVICE_NAME") ?? "trusthub";
        var version = typeof(CliTelemetry).Assembly.GetName().Version?.ToString();
        TracerProvider? tracing = null;
        if (traces.Count > 0)
        {
            var builder = Sdk.CreateTracerProviderBuilder()
                .ConfigureResource(r => r.AddService(service, serviceVersion: version))
                .AddSource(TrustHubGenTelemetry.ActivitySourceName);
            if (traces.Contains("console")) builder.AddConsoleExporter();
            if (traces.Contains("otlp")) builder.AddOtlpExporter(o => Configure(o, environment, endpoint, "v1/traces"));
            tracing = builder.Build();
        }
        MeterProvider? meters = null;
        if (metrics.Count > 0)
        {
            var builder = Sdk.CreateMeterProviderBuilder()
                .ConfigureResource(r => r.AddService(service, serviceVersion: version))
                .AddMeter(TrustHubGenTelemetry.MeterName);
            if (metrics.Contains("console")) builder.AddConsoleExporter();
            if (metrics.Contains("otlp")) builder.AddOtlpExporter(o => Configure(o, environment, endpoint, "v1/metrics"));
            meters = builder.Build();
        }
        return new CliTelemetry(tracing, meters);
    }

    public void Dispose()
    {
        // Disposing a provider flushes it: the spans and counters of a short command reach the collector before exit.
        _tracing?.Dispose();
        _metrics?.Dispose();
    }

    private static HashSet<string> Exporters(Func<string, string?> environment, string variable, string? endpoint, bool json, TextWriter error)
    {
        var names = Value(environment, variable) is { } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal)
            : endpoint is null ? [] : ["otlp"];
        foreach (var unknown in names.Where(n => n is not ("otlp" or "console" or "none")).ToList())
        {
            error.WriteLine($"{variable}={Value(environment, variable)}: trusthub exports to otlp, console or none, not \"{unknown}\"; it is skipped.");
            names.Remove(unknown);
        }
        if (json && names.Remove("console"))
            error.WriteLine($"{variable}={Value(environment, variable)}: with --json stdout holds only the JSON document; the console exporter is skipped.");
        names.Remove("none");
        return names;
    }

    /// <summary>
    /// What keeps OTLP export from working as the variables say, or null: an endpoint that is not an http(s) URL (the
    /// exporter would send to its default, localhost), a protocol it does not speak (it would use http/protobuf), headers
    /// it cannot read (it throws while the command starts). Header values are never repeated: they carry keys.
    /// </summary>
    private static string? OtlpProblem(Func<string, string?> environment, string? endpoint)
    {
        if (endpoint is not null && !(Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            return $"OTEL_EXPORTER_OTLP_ENDPOINT={endpoint} is not an absolute http(s) URL such as http://localhost:4318";
        if (Value(environment, "OTEL_EXPORTER_OTLP_PROTOCOL") is { } protocol
            && !protocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase) && !protocol.Equals("grpc", StringComparison.OrdinalIgnoreCase))
            return $"OTEL_EXPORTER_OTLP_PROTOCOL={protocol}: trusthub exports OTLP over http/protobuf or grpc, not \"{protocol}\"";
        if (Value(environment, "OTEL_EXPORTER_OTLP_HEADERS") is { } headers
            && headers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(h => h.IndexOf('=') <= 0))
            return "OTEL_EXPORTER_OTLP_HEADERS is not key=value[,key=value…] (such as api-key=…; not \"Name: value\")";
        return null;
    }

    // Set explicitly, not left to the exporter's own reading of the process environment, so what the command was given
    // (and what a test gives it) is what is used. A base endpoint gets the signal's path, as the specification says.
    private static void Configure(OtlpExporterOptions options, Func<string, string?> environment, string? endpoint, string signalPath)
    {
        var grpc = string.Equals(Value(environment, "OTEL_EXPORTER_OTLP_PROTOCOL"), "grpc", StringComparison.OrdinalIgnoreCase);
        options.Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
        if (endpoint is not null && Uri.TryCreate(endpoint, UriKind.Absolute, out var baseUri))
            options.Endpoint = grpc ? baseUri : new Uri(baseUri.AbsoluteUri.TrimEnd('/') + "/" + signalPath);
        if (Value(environment, "OTEL_EXPORTER_OTLP_HEADERS") is { } headers) options.Headers = headers;
    }

    private static string? Value(Func<string, string?> environment, string name) =>
        environment(name) is { Length: > 0 } value ? value.Trim() : null;
}
