using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

/// <summary>
/// An onboarding run's spans and metrics as an OpenTelemetry SDK receives them (in-memory exporters). Alone: a listener
/// hears every run in the process, and the counters carry no run to tell them apart.
/// </summary>
[Collection(nameof(TelemetryTests))]
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_run_is_one_trace_of_stages_and_twilio_calls_without_the_email_the_display_name_or_a_number()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var numbers = emulator.Seed.NumbersNotOnProfile.Take(3).ToArray();
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers.Select(n => n.Sid)), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(TrustHubGenTelemetry.ActivitySourceName).AddInMemoryExporter(spans).Build();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(TrustHubGenTelemetry.MeterName).AddInMemoryExporter(metrics).Build();

        OnboardingResult result;
        ActivityTraceId trace;
        using (var test = new Activity("telemetry test") { ActivityTraceFlags = ActivityTraceFlags.Recorded }.SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            trace = test.TraceId;
            result = await new OnboardingRunner(emulator.Operations).RunAsync(request);
        }
        tracing.ForceFlush();
        meters.ForceFlush();

        Assert.True(result.Succeeded, result.ToString());
        var mine = spans.Where(s => s.TraceId == trace).ToList();
        var run = Assert.Single(mine, s => s.DisplayName == "onboarding run");
        Assert.Equal("Cnam,ShakenStir", run.GetTagItem("trusthub.policies"));
        var stages = mine.Where(s => s.Kind == ActivityKind.Internal).ToList();
        Assert.Contains(stages, s => s.DisplayName == "onboarding read state" && s.ParentSpanId == run.SpanId);
        Assert.Contains(stages, s => s.DisplayName == "onboarding assigning numbers to the Business Profile" && Equals(s.GetTagItem("trusthub.numbers"), 3));
        Assert.Equal(["Cnam", "ShakenStir"], stages.Where(s => s.DisplayName == "onboarding product").Select(s => (string)s.GetTagItem("trusthub.policy")!).Order());
        Assert.Equal(2, stages.Count(s => s.DisplayName == "onboarding submit"));
        // Every Twilio call of the run is a client span inside it: as many as the calls the result counts (a list counts once
        // there however many pages it reads; the demo seed's lists fit in one page), plus one per retry.
        var calls = mine.Where(s => s.Kind == ActivityKind.Client).ToList();
        Assert.Equal(result.ApiCalls.Values.Sum(), calls.Count - Retried(calls));
        Assert.All(calls, c => Assert.True(IsInside(c, run, mine), $"{c.DisplayName} {c.GetTagItem("url.full")} is outside the run's trace"));

        var values = mine.SelectMany(s => s.TagObjects.Select(t => t.Value?.ToString() ?? "")).ToList();
        foreach (var personal in numbers.Select(n => n.PhoneNumber).Append("owl@example.com").Append("OWL INDUSTRIES"))
            Assert.DoesNotContain(values, v => v.Contains(personal, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(3, NumbersCounted(metrics, "none"));
        Assert.Equal(3, NumbersCounted(metrics, "Cnam"));
        Assert.Equal(3, NumbersCounted(metrics, "ShakenStir"));
    }

    private static int Retried(List<Activity> calls) => calls.Count(c => c.GetTagItem("http.request.resend_count") is not null);

    private static bool IsInside(Activity span, Activity root, List<Activity> all)
    {
        for (var current = span; current is not null; current = all.FirstOrDefault(a => a.SpanId == current.ParentSpanId))
            if (current.SpanId == root.SpanId) return true;
        return false;
    }

    private static long NumbersCounted(List<Metric> metrics, string policy)
    {
        long sum = 0;
        foreach (var metric in metrics.Distinct().Where(m => m.Name == "trusthub.onboarding.numbers"))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                string? tagPolicy = null, outcome = null;
                foreach (var tag in point.Tags)
                {
                    if (tag.Key == "trusthub.policy") tagPolicy = tag.Value as string;
                    if (tag.Key == "trusthub.outcome") outcome = tag.Value as string;
                }
                if (tagPolicy == policy && outcome == "assigned") sum += point.GetSumLong();
            }
        }
        return sum;
    }
}

/// <summary>Runs <see cref="TelemetryTests"/> while no other test runs.</summary>
[CollectionDefinition(nameof(TelemetryTests), DisableParallelization = true)]
public sealed class TelemetryTestsCollection;
