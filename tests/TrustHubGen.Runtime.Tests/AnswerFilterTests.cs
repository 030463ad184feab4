using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Tests.Infrastructure;
using static TrustHubGen.Runtime.Tests.Infrastructure.TestData;

namespace TrustHubGen.Runtime.Tests;

/// <summary>
/// An evaluation's answer is kept without what passed, as it streams in: a product holding a million numbers may list
/// each under <c>valid</c>, and the engine reads only the status and what did not pass. MaxResponseBytes bounds what is
/// kept, not what passes by.
/// </summary>
public class AnswerFilterTests
{
    private const string Product = "BU0123456789abcdef0123456789abcdef";
    private const string Policy = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";

    private const string Head = $$"""
        {"sid": "EL0123456789abcdef0123456789abcdef", "account_sid": "{{AccountSid}}", "policy_sid": "{{Policy}}",
         "trust_product_sid": "{{Product}}", "status": "noncompliant", "date_created": "2026-12-04T00:00:00Z",
         "url": "https://trusthub.twilio.com/v1/TrustProducts/{{Product}}/Evaluations/EL0123456789abcdef0123456789abcdef",
         "results": [
           {"friendly_name": "Phone Numbers", "object_type": "phone-number", "passed": false, "failure_reason": "+18005550100 is toll-free",
            "error_code": 990006, "valid": [
        """;

    private const string Tail = """
            ], "invalid": [{"friendly_name": "+18005550100", "object_field": "channel_endpoint_sid", "failure_reason": "toll-free \"800\" number", "error_code": 990006}],
            "requirement_friendly_name": "Phone Numbers", "requirement_name": "channel_endpoints"},
           {"friendly_name": "CNAM Information", "object_type": "cnam_information", "passed": true, "failure_reason": null, "error_code": null,
            "valid": [{"friendly_name": "Cnam Display Name", "object_field": "cnam_display_name", "failure_reason": null, "error_code": null}], "invalid": [],
            "requirement_friendly_name": "CNAM Information", "requirement_name": "cnam_information"}]}
        """;

    private static string ValidNumber(int i) =>
        $$"""{"friendly_name": "+1212{{i:D7}}", "object_field": "channel_endpoint_sid", "failure_reason": null, "error_code": null}""";

    [Fact]
    public void The_items_under_each_requirements_valid_are_dropped_and_everything_else_is_kept_as_it_was()
    {
        var body = """
            {"sid": "EL1", "valid": [1, 2], "note": "caf\u00e9 \"q\" \\ \ud83e\udd89", "n": -1.5e3, "t": true, "f": false, "z": null,
             "results": [{"requirement_name": "a", "valid": [{"x": [1, {"valid": [3]}]}, "y"], "invalid": [{"valid": [4], "object_field": "f"}]},
                         [{"valid": [5]}], 7, {"valid": []}],
             "deep": {"results": [{"valid": [6]}]}}
            """;

        var kept = JsonAnswerFilter.EvaluationValidItems.Apply(Encoding.UTF8.GetBytes(body), "POST x", 201, "application/json");

        var expected = """
            {"sid": "EL1", "valid": [1, 2], "note": "café \"q\" \\ 🦉", "n": -1.5e3, "t": true, "f": false, "z": null,
             "results": [{"requirement_name": "a", "valid": [], "invalid": [{"valid": [4], "object_field": "f"}]},
                         [{"valid": [5]}], 7, {"valid": []}],
             "deep": {"results": [{"valid": [6]}]}}
            """;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(kept)), Encoding.UTF8.GetString(kept));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task Read_in_pieces_of_any_size_the_kept_answer_is_the_same(int piece)
    {
        var body = Head + string.Join(", ", Enumerable.Range(0, 300).Select(ValidNumber)) + Tail;
        var whole = JsonAnswerFilter.EvaluationValidItems.Apply(Encoding.UTF8.GetBytes(body), "POST x", 201, null);

        using var content = new StreamContent(new GeneratedBody([Encoding.UTF8.GetBytes(body)], piece));
        var streamed = await JsonAnswerFilter.EvaluationValidItems.ReadAsync(content, 1024 * 1024, "POST x", 201, default);

        Assert.Equal(Encoding.UTF8.GetString(whole), Encoding.UTF8.GetString(streamed));
        Assert.DoesNotContain("+1212", Encoding.UTF8.GetString(streamed));
    }

    [Fact]
    public async Task An_evaluation_far_larger_than_MaxResponseBytes_is_read_and_its_findings_are_the_invalid_items()
    {
        var numbers = 100_000;
        var body = new GeneratedBody(Pieces(numbers), 64 * 1024);
        var handler = new FakeHandler().Then(_ => Streamed(201, body));
        var options = Options(o => o.MaxResponseBytes = 8 * 1024);
        var operations = new TrustHubRestOperations(Transport(handler, options));

        var evaluation = await operations.CreateEvaluationAsync(OnboardingBundleKind.TrustProduct, Product, Policy, default);

        Assert.True(body.BytesRead > 100 * options.MaxResponseBytes, $"only {body.BytesRead} bytes passed by");
        Assert.Equal("noncompliant", evaluation.Status);
        Assert.False(evaluation.IsCompliant);
        var finding = Assert.Single(evaluation.Findings);
        Assert.Equal(990006, finding.Code);
        Assert.Equal("channel_endpoint_sid", finding.Field);
        Assert.Equal("toll-free \"800\" number", finding.Reason);
        Assert.EndsWith($"/v1/TrustProducts/{Product}/Evaluations", handler.Requests.Single().Uri.AbsolutePath);
    }

    [Fact]
    public async Task Other_answers_beyond_MaxResponseBytes_are_still_refused()
    {
        var handler = new FakeHandler().Then(_ => Streamed(200, new GeneratedBody(Pieces(1_000), 4096)));
        var transport = Transport(handler, Options(o => o.MaxResponseBytes = 8 * 1024));

        var error = await Assert.ThrowsAsync<TwilioInvalidResponseException>(() => transport.SendAsync(Get($"/v1/TrustProducts/{Product}"), default));

        Assert.Contains("larger than TwilioClientOptions.MaxResponseBytes (8192 bytes)", error.Message);
    }

    [Fact]
    public async Task What_is_kept_is_bounded_by_MaxResponseBytes_and_the_error_names_the_product()
    {
        // Invalid items are kept (they are what the caller reads), so enough of them exceed the limit.
        var invalid = string.Join(", ", Enumerable.Range(0, 200).Select(i => $$"""{"friendly_name": "+1212{{i:D7}}", "object_field": "channel_endpoint_sid", "failure_reason": "not on the profile", "error_code": 990001}"""));
        var body = Head + "], \"invalid\": [" + invalid + "]}]}";
        var handler = new FakeHandler().Then(_ => Streamed(201, new GeneratedBody([Encoding.UTF8.GetBytes(body)], 1024)));
        var operations = new TrustHubRestOperations(Transport(handler, Options(o => o.MaxResponseBytes = 4096)));

        var error = await Assert.ThrowsAsync<TwilioInvalidResponseException>(() => operations.CreateEvaluationAsync(OnboardingBundleKind.TrustProduct, Product, Policy, default));

        Assert.Contains($"/v1/TrustProducts/{Product}/Evaluations (the part of it the caller reads) is larger than TwilioClientOptions.MaxResponseBytes (4096 bytes)", error.Message);
    }

    [Theory]
    [InlineData("<html><body>Please log in to the hotel Wi-Fi</body></html>", "Please log in to the hotel Wi-Fi")]
    [InlineData("{\"sid\": \"EL1\", \"results\": [{\"valid\": [1, 2", "{\"sid\": \"EL1\"")]
    public async Task An_evaluation_answer_that_is_not_whole_JSON_is_the_usual_invalid_response(string body, string quoted)
    {
        var handler = new FakeHandler().Then(_ => Streamed(201, new GeneratedBody([Encoding.UTF8.GetBytes(body)], 5), "text/html"));
        var operations = new TrustHubRestOperations(Transport(handler));

        var error = await Assert.ThrowsAsync<TwilioInvalidResponseException>(() => operations.CreateEvaluationAsync(OnboardingBundleKind.TrustProduct, Product, Policy, default));

        Assert.Contains($"/v1/TrustProducts/{Product}/Evaluations (HTTP 201, text/html) is not JSON", error.Message);
        Assert.Contains(quoted, error.Message);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
    }

    [Fact]
    public async Task A_transport_that_hands_over_whole_bodies_gets_the_same_filtered_answer()
    {
        var body = Head + string.Join(", ", Enumerable.Range(0, 50).Select(ValidNumber)) + Tail;
        var transport = new WholeBodyTransport(Encoding.UTF8.GetBytes(body));
        var request = new TwilioRequest(HttpMethod.Post, TrustHub, $"/v1/TrustProducts/{Product}/Evaluations") { AnswerFilter = JsonAnswerFilter.EvaluationValidItems };

        var response = await transport.SendAsync(request, default);

        var kept = Encoding.UTF8.GetString(response.Body.Span);
        Assert.DoesNotContain("+1212", kept);
        Assert.Contains("+18005550100", kept);
        Assert.Equal(Encoding.UTF8.GetString(JsonAnswerFilter.EvaluationValidItems.Apply(Encoding.UTF8.GetBytes(body), "POST x", 201, null)), kept);
    }

    [Fact]
    public async Task The_engines_evaluations_ask_for_the_filter_and_its_other_calls_do_not()
    {
        var transport = new WholeBodyTransport(Encoding.UTF8.GetBytes(Head + Tail));
        var operations = new TrustHubRestOperations(transport, AccountSid);

        await operations.CreateEvaluationAsync(OnboardingBundleKind.CustomerProfile, Product, Policy, default);
        Assert.Same(JsonAnswerFilter.EvaluationValidItems, transport.LastRequest!.AnswerFilter);
        await Record.ExceptionAsync(() => operations.FetchBundleAsync(OnboardingBundleKind.TrustProduct, Product, default));   // the answer does not matter here
        Assert.Null(transport.LastRequest!.AnswerFilter);
    }

    private static IEnumerable<byte[]> Pieces(int numbers)
    {
        yield return Encoding.UTF8.GetBytes(Head);
        for (var i = 0; i < numbers; i++) yield return Encoding.UTF8.GetBytes((i == 0 ? "" : ", ") + ValidNumber(i));
        yield return Encoding.UTF8.GetBytes(Tail);
    }

    private static HttpResponseMessage Streamed(int status, Stream body, string contentType = "application/json") => new((HttpStatusCode)status)
    {
        Content = new StreamContent(body) { Headers = { ContentType = new MediaTypeHeaderValue(contentType) } },
    };

    /// <summary>A body generated while it is read, handed out at most <c>piece</c> bytes at a time (no fixture on disk or in memory).</summary>
    private sealed class GeneratedBody(IEnumerable<byte[]> pieces, int piece) : Stream
    {
        private readonly IEnumerator<byte[]> _pieces = pieces.GetEnumerator();
        private byte[] _current = [];
        private int _offset;

        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_offset == _current.Length)
            {
                if (!_pieces.MoveNext()) return 0;
                _current = _pieces.Current;
                _offset = 0;
            }
            var n = Math.Min(Math.Min(count, piece), _current.Length - _offset);
            Buffer.BlockCopy(_current, _offset, buffer, offset, n);
            _offset += n;
            BytesRead += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A transport like the Twilio bridge: its client library reads the whole body, which the base class then filters.</summary>
    private sealed class WholeBodyTransport(byte[] body) : TwilioAttemptTransport(new TwilioRetryOptions(), TimeProvider.System, null)
    {
        public TwilioRequest? LastRequest { get; private set; }

        public override string AccountSid => TestData.AccountSid;

        public override Uri BuildUri(TwilioRequest request) => new(request.ServerUrl + request.Path);

        protected override ValueTask<TwilioAttempt> SendAttemptAsync(TwilioRequest request, Uri uri, CancellationToken cancellationToken)
        {
            LastRequest = request;
            return ValueTask.FromResult(TwilioAttempt.Answered(201, body, "application/json"));
        }
    }
}
