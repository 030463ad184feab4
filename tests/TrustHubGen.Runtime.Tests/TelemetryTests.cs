using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

/// <summary>
/// The transport's spans and metrics as an OpenTelemetry SDK receives them (in-memory exporter). Each test sends to a
/// host of its own and reads only its own trace and its own host's metric points, since listeners see every test running
/// in parallel.
/// </summary>
public sealed class TelemetryTests
{
    private const string TooManyConcurrent = """{"code": 20429, "message": "Too many requests", "more_info": "https://www.twilio.com/docs/errors/20429", "status": 429}""";

    private readonly string _host = $"telemetry-{Guid.NewGuid():N}.example";

    [Fact]
    public async Task Each_attempt_is_a_client_span_after_the_http_conventions_and_the_call_is_counted_once()
    {
        var handler = new FakeHandler()
            .ThenJson(429, TooManyConcurrent, r => r.Headers.Add("Retry-After", "0"))
            .ThenJson(200, """{"sid": "BU0123456789abcdef0123456789abcdef"}""");
        var (spans, metrics) = await RecordAsync(handler, new TwilioRequest(HttpMethod.Get, TrustHub, "/v1/CustomerProfiles") { Query = { { "FriendlyName", "Acme" } } });

        Assert.Equal(2, spans.Count);
        Assert.All(spans, s =>
        {
            Assert.Equal("GET", s.DisplayName);
            Assert.Equal(ActivityKind.Client, s.Kind);
            Assert.Equal("GET", s.GetTagItem("http.request.method"));
            Assert.Equal(_host, s.GetTagItem("server.address"));
            Assert.Equal(443, s.GetTagItem("server.port"));
            Assert.Equal($"https://{_host}/v1/CustomerProfiles", s.GetTagItem("url.full"));
        });
        var (refused, answered) = (spans[0], spans[1]);
        Assert.Equal(429, refused.GetTagItem("http.response.status_code"));
        Assert.Equal("429", refused.GetTagItem("error.type"));
        Assert.Equal(20429, refused.GetTagItem("twilio.error_code"));
        Assert.Equal(ActivityStatusCode.Error, refused.Status);
        Assert.Null(refused.GetTagItem("http.request.resend_count"));
        Assert.Equal(200, answered.GetTagItem("http.response.status_code"));
        Assert.Equal(1, answered.GetTagItem("http.request.resend_count"));
        Assert.Null(answered.GetTagItem("error.type"));

        Assert.Equal(2, metrics.Count("http.client.request.duration"));
        Assert.Equal(1, metrics.Sum("trusthub.client.calls", ("http.response.status_code", 200)));
        Assert.Equal(1, metrics.Sum("trusthub.client.retries", ("error.type", "429"), ("server.address", _host), ("server.port", 443)));
        Assert.Equal(1, metrics.Sum("trusthub.client.throttled"));
        Assert.Equal(0, metrics.Sum("trusthub.client.concurrency.in_flight"));
        Assert.Equal(2, metrics.Count("trusthub.client.concurrency.wait"));
    }

    [Fact]
    public async Task A_call_without_an_answer_is_a_failed_span_named_by_the_exception_type()
    {
        var handler = new FakeHandler().ThenThrow(new HttpRequestException("reset", null, System.Net.HttpStatusCode.BadGateway));
        var (spans, metrics) = await RecordAsync(handler, new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/TrustProducts"), expectFailure: true);

        var span = Assert.Single(spans);
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal("System.Net.Http.HttpRequestException", span.GetTagItem("error.type"));
        Assert.Equal(1, metrics.Sum("trusthub.client.calls", ("error.type", "System.Net.Http.HttpRequestException")));
    }

    [Fact]
    public async Task No_tag_carries_a_secret_a_query_or_a_form_value()
    {
        const string email = "owner@example.com", phone = "+14155550100", displayName = "OWL INDUSTRIES";
        var handler = new FakeHandler().ThenJson(400, """{"code": 21211, "message": "Invalid +14155550100 for owner@example.com", "status": 400}""");
        var request = new TwilioRequest(HttpMethod.Post, TrustHub, "/v1/EndUsers")
        {
            Query = { { "PhoneNumber", phone } },
            Form = new TwilioParameters().Add("Email", email).Add("Attributes", $$"""{"cnam_display_name":"{{displayName}}"}"""),
        };

        var (spans, metrics) = await RecordAsync(handler, request, expectFailure: true);

        var values = spans.SelectMany(s => s.TagObjects.Select(t => t.Value?.ToString() ?? ""))
            .Concat(metrics.TagValues()).ToList();
        Assert.NotEmpty(values);
        foreach (var secret in new[] { AuthToken, email, phone, "14155550100", displayName, "PhoneNumber" })
            Assert.DoesNotContain(values, v => v.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<(List<Activity> Spans, MetricsRead Metrics)> RecordAsync(FakeHandler handler, TwilioRequest request, bool expectFailure = false)
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(TrustHubGenTelemetry.ActivitySourceName).AddInMemoryExporter(spans).Build();
        using var meters = Sdk.CreateMeterProviderBuilder().AddMeter(TrustHubGenTelemetry.MeterName).AddInMemoryExporter(metrics).Build();
        var options = Options(o =>
        {
            o.UseBaseAddressForAllHosts(new Uri($"https://{_host}"));
            o.Retry.BaseDelay = TimeSpan.Zero;
        }, TimeProvider.System);
        var transport = TestData.Transport(handler, options);

        // A sampled parent: the SDK's default sampler follows the parent's decision.
        using (var test = new Activity("telemetry test") { ActivityTraceFlags = ActivityTraceFlags.Recorded }.SetIdFormat(ActivityIdFormat.W3C).Start())
        {
            var send = transport.SendAsync(request, default);
            if (expectFailure) await Assert.ThrowsAnyAsync<Exception>(() => send);
            else await send;
            tracing.ForceFlush();
            meters.ForceFlush();
            return (spans.Where(s => s.TraceId == test.TraceId).OrderBy(s => s.StartTimeUtc).ToList(), new MetricsRead(metrics, _host));
        }
    }

    /// <summary>The exported metric points of one test's host.</summary>
    private sealed class MetricsRead(List<Metric> metrics, string host)
    {
        public long Sum(string name, params (string Key, object Value)[] where) =>
            Points(name).Where(p => Matches(p.Tags, where)).Sum(p => p.Sum);

        public long Count(string name) => Points(name).Sum(p => p.Count);

        public IEnumerable<string> TagValues() => metrics.Select(m => m.Name).Distinct().SelectMany(Points).SelectMany(p => p.Tags.Select(t => t.Value?.ToString() ?? ""));

        private static bool Matches(List<KeyValuePair<string, object?>> tags, (string Key, object Value)[] where) =>
            where.All(w => tags.Any(t => t.Key == w.Key && Equals(Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(w.Value, System.Globalization.CultureInfo.InvariantCulture))));

        private List<(List<KeyValuePair<string, object?>> Tags, long Sum, long Count)> Points(string name)
        {
            var found = new List<(List<KeyValuePair<string, object?>>, long, long)>();
            // The exporter hands over the same Metric objects at every collection: read each once.
            foreach (var metric in metrics.Distinct().Where(m => m.Name == name))
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    var tags = new List<KeyValuePair<string, object?>>();
                    foreach (var tag in point.Tags) tags.Add(tag);
                    // Metrics carry no trace: this test's points are those of its own host .
                    if (tags.Any(t => t.Key == "server.address") && !tags.Any(t => t.Key == "server.address" && (string?)t.Value == host)) continue;
                    var histogram = metric.MetricType is MetricType.Histogram;
                    found.Add((tags,
                        histogram ? 0 : metric.MetricType is MetricType.LongSum or MetricType.LongSumNonMonotonic ? point.GetSumLong() : (long)point.GetSumDouble(),
                        histogram ? point.GetHistogramCount() : 0));
                }
            }
            return found;
        }
    }
}
