using System.Text;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class RestOperationsTests
{
    private const string Account = "AC043bcd784c2155dbb1db7b3139a3617f";
    private const string Bundle = "BU0123456789abcdef0123456789abcdef";
    private const string Number = "PN0123456789abcdef0123456789abcdef";
    private const string Policy = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";

    [Fact]
    public async Task Requests_use_the_spec_hosts_paths_and_form_fields()
    {
        var transport = new RecordingTransport();
        var ops = new TrustHubRestOperations(transport, Account);

        await ops.CreateBundleAsync(OnboardingBundleKind.TrustProduct, Policy, "name", "a@example.com", null, default);
        await ops.CreateChannelEndpointAssignmentAsync(OnboardingBundleKind.CustomerProfile, Bundle, "phone-number", Number, default);
        await ops.CreateEntityAssignmentAsync(OnboardingBundleKind.TrustProduct, Bundle, Bundle, default);
        await ops.CreateEndUserAsync("cnam_information", "eu", "{\"cnam_display_name\":\"OWL\"}", default);
        await ops.CreateEvaluationAsync(OnboardingBundleKind.TrustProduct, Bundle, Policy, default);
        await ops.UpdateBundleStatusAsync(OnboardingBundleKind.TrustProduct, Bundle, "pending-review", default);
        await foreach (var _ in ops.ListBundlesAsync(OnboardingBundleKind.TrustProduct, Policy, default)) { }
        await foreach (var _ in ops.ListIncomingPhoneNumbersAsync(null, default)) { }
        await foreach (var _ in ops.ListAccountsAsync(default)) { }

        Assert.Equal(
        [
            "POST https://trusthub.twilio.com/v1/TrustProducts FriendlyName=name&Email=a%40example.com&PolicySid=" + Policy,
            $"POST https://trusthub.twilio.com/v1/CustomerProfiles/{Bundle}/ChannelEndpointAssignments ChannelEndpointType=phone-number&ChannelEndpointSid={Number}",
            $"POST https://trusthub.twilio.com/v1/TrustProducts/{Bundle}/EntityAssignments ObjectSid={Bundle}",
            "POST https://trusthub.twilio.com/v1/EndUsers FriendlyName=eu&Type=cnam_information&Attributes=%7B%22cnam_display_name%22%3A%22OWL%22%7D",
            $"POST https://trusthub.twilio.com/v1/TrustProducts/{Bundle}/Evaluations PolicySid={Policy}",
            $"POST https://trusthub.twilio.com/v1/TrustProducts/{Bundle} Status=pending-review",
            $"GET https://trusthub.twilio.com/v1/TrustProducts PolicySid={Policy}&PageSize=1000",
            $"GET https://api.twilio.com/2010-04-01/Accounts/{Account}/IncomingPhoneNumbers.json PageSize=1000",
            "GET https://api.twilio.com/2010-04-01/Accounts.json PageSize=1000",
        ], transport.Requests);
    }

    [Fact]
    public async Task The_status_callback_goes_with_the_new_product()
    {
        var transport = new RecordingTransport();
        var ops = new TrustHubRestOperations(transport, Account);

        await ops.CreateBundleAsync(OnboardingBundleKind.TrustProduct, Policy, "n", "a@example.com", "https://example.com/cb", default);

        Assert.EndsWith("&StatusCallback=https%3A%2F%2Fexample.com%2Fcb", Assert.Single(transport.Requests));
    }

    [Fact]
    public async Task Sids_are_checked_before_they_reach_a_path()
    {
        var ops = new TrustHubRestOperations(new RecordingTransport(), Account);

        var error = await Assert.ThrowsAsync<FormatException>(() => ops.FetchBundleAsync(OnboardingBundleKind.TrustProduct, "BU../../Accounts", default));

        Assert.Contains("Bundle SID", error.Message);
        Assert.Throws<ArgumentException>(() => new TrustHubRestOperations(new RecordingTransport()));
    }

    [Fact]
    public async Task Evaluation_results_become_findings_per_invalid_field_or_per_failed_requirement()
    {
        const string body = """
            {"sid":"EL0123456789abcdef0123456789abcdef","status":"noncompliant","results":[
              {"requirement_name":"cnam_information","requirement_friendly_name":"CNAM Information","passed":false,"failure_reason":"missing","error_code":22214,"valid":[],"invalid":[]},
              {"requirement_name":"x","requirement_friendly_name":"X","passed":false,"failure_reason":"bad","error_code":22215,"valid":[],
               "invalid":[{"object_field":"cnam_display_name","failure_reason":"The Cnam Display Name is missing.","error_code":22215}]},
              {"requirement_name":"ok","passed":true,"valid":[],"invalid":[]}]}
            """;
        var ops = new TrustHubRestOperations(new RecordingTransport(body), Account);

        var evaluation = await ops.CreateEvaluationAsync(OnboardingBundleKind.TrustProduct, Bundle, Policy, default);

        Assert.False(evaluation.IsCompliant);
        Assert.Equal(2, evaluation.Findings.Count);
        Assert.Equal(new EvaluationFinding("CNAM Information", null, 22214, "missing"), evaluation.Findings[0]);
        Assert.Equal(new EvaluationFinding("X", "cnam_display_name", 22215, "The Cnam Display Name is missing."), evaluation.Findings[1]);
        Assert.Equal("a required end user is missing from the bundle", evaluation.Findings[0].Meaning);
    }

    private sealed class RecordingTransport(string? body = null) : ITwilioTransport
    {
        public List<string> Requests { get; } = [];

        public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
        {
            var parameters = request.Form ?? request.Query;
            Requests.Add($"{request.Method} {request.ServerUrl}{request.Path} {parameters.ToUrlEncoded()}".TrimEnd());
            var json = body ?? (request.Method == HttpMethod.Get
                ? """{"results":[],"incoming_phone_numbers":[],"accounts":[],"meta":{"next_page_url":null}}"""
                : """{"sid":"XX0123456789abcdef0123456789abcdef","object_sid":"BU0123456789abcdef0123456789abcdef","channel_endpoint_sid":"PN0123456789abcdef0123456789abcdef","status":"draft","policy_sid":"RN0123456789abcdef0123456789abcdef","results":[]}""");
            return Task.FromResult(new TwilioResponse(200, Encoding.UTF8.GetBytes(json), new Uri(request.ServerUrl + request.Path)));
        }
    }
}
