using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrustHubGen.Emulator.Faults;

/// <summary>
/// The faults file (<c>--faults FILE</c>, <see cref="FaultOptions.Parse"/>): <c>{"random_seed": 1, "routes": [{"method": "POST",
/// "path": "/v1/TrustProducts/*/ChannelEndpointAssignments", "too_many_requests_rate": 0.1, "retry_after_seconds": 1,
/// "service_unavailable_rate": 0.05, "drop_connection_rate": 0.01, "latency_ms": 20}]}</c>. Read by System.Text.Json source
/// generation; an unknown property is an error naming it.
/// </summary>
internal static class FaultsFile
{
    public static FaultOptions Parse(string json, string source)
    {
        FaultsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, FaultsFileJson.Default.FaultsDocument);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"{source}: {JsonProblems.Describe(e)}", e);
        }

        if (document is null)
        {
            throw new ArgumentException($"{source}: not a valid faults file: expected an object such as {{\"routes\": [...]}}, not null.");
        }

        if (document.MaxConcurrentRequestsPerAccount is not null)
        {
            throw new ArgumentException($"{source}: \"max_concurrent_requests_per_account\" is a service limit, not a fault: use --max-concurrency N (EmulatorOptions.MaxConcurrentRequestsPerAccount) instead.");
        }

        var options = new FaultOptions { RandomSeed = document.RandomSeed ?? 1 };
        foreach (var route in document.Routes ?? [])
        {
            options.Routes.Add(new RouteFault
            {
                Method = route.Method ?? "*",
                Path = route.Path ?? "/**",
                TooManyRequestsRate = route.TooManyRequestsRate,
                RetryAfterSeconds = route.RetryAfterSeconds ?? 1,
                ServiceUnavailableRate = route.ServiceUnavailableRate,
                DropConnectionRate = route.DropConnectionRate,
                Latency = TimeSpan.FromMilliseconds(route.LatencyMs),
            });
        }

        return options;
    }
}

internal sealed record FaultsDocument(int? RandomSeed, List<RouteFaultDocument>? Routes, int? MaxConcurrentRequestsPerAccount);

internal sealed record RouteFaultDocument(
    string? Method,
    string? Path,
    double TooManyRequestsRate,
    int? RetryAfterSeconds,
    double ServiceUnavailableRate,
    double DropConnectionRate,
    double LatencyMs);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(FaultsDocument))]
internal sealed partial class FaultsFileJson : JsonSerializerContext;
