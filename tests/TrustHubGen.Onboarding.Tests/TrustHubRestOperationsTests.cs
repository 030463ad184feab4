using System.Text;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Onboarding.Tests;

/// <summary>
/// The seam over the generated clients. Paths and form fields are the generator's (checked against the spec by the
/// Prism tests in TrustHubGen.Sdk.Tests); what is checked here is what the seam itself adds: its public server
/// constants match the generated requests, SIDs are refused before any request, untyped answers become engine records.
/// </summary>
public sealed class TrustHubRestOperationsTests
{
    private const string Account = "AC043bcd784c2155dbb1db7b3139a3617f";
    private const string Bundle = "BU0123456789abcdef0123456789abcdef";
    private const string Number = "PN0123456789abcdef0123456789abcdef";
    private const string Policy = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";

    [Fact]
    public async Task Every_call_goes_to_one_of_the_two_public_server_urls_that_overrides_map()
    {
        var transport = new RecordingTransport();
        var ops = new TrustHubRestOperations(transport, Account);

        foreach (var kind in new[] { OnboardingBundleKind.TrustProduct, OnboardingBundleKind.CustomerProfile })
        {
            await ops.CreateBundleAsync(kind, Policy, "name", "a@example.com", "https://example.com/cb", default);
            await ops.FetchBundleAsync(kind, Bundle, default);
            await ops.UpdateBundleStatusAsync(kind, Bundle, "pending-review", default);
            await ops.CreateChannelEndpointAssignmentAsync(kind, Bundle, "phone-number", Number, default);
            await ops.DeleteChannelEndpointAssignmentAsync(kind, Bundle, "RA0123456789abcdef0123456789abcdef", default);
            await ops.CreateEntityAssignmentAsync(kind, Bundle, Bundle, default);
            await ops.DeleteEntityAssignmentAsync(kind, Bundle, "BV0123456789abcdef0123456789abcdef", default);
            await ops.CreateEvaluationAsync(kind, Bundle, Policy, default);
            await Drain(ops.ListBundlesAsync(kind, Policy, default));
            await Drain(ops.ListChannelEndpointAssignmentsAsync(kind, Bundle, default));
            await Drain(ops.ListEntityAssignmentsAsync(kind, Bundle, default));
        }
        await ops.CreateEndUserAsync("cnam_information", "eu", "{\"cnam_display_name\":\"OWL\"}", default);
        await ops.FetchEndUserAsync("IT0123456789abcdef0123456789abcdef", default);
        await Drain(ops.ListEndUsersAsync(default));
        await ops.CreateSupportingDocumentAsync("customer_profile_address", "doc", "{\"address_sids\":\"AD0123456789abcdef0123456789abcdef\"}", default);
        await ops.FetchSupportingDocumentAsync("RD0123456789abcdef0123456789abcdef", default);
        await Drain(ops.ListSupportingDocumentsAsync(default));
        await ops.FetchAssignableProfileAsync(Bundle, default);
        await Drain(ops.ListIncomingPhoneNumbersAsync(null, default));
        await Drain(ops.ListSubaccountPhoneNumbersAsync("ACffffffffffffffffffffffffffffffff", default));
        await ops.FetchIncomingPhoneNumberAsync(Number, default);
        await Drain(ops.ListAccountsAsync(default));
        await ops.CreateAddressAsync(new BusinessProfileAddress { CustomerName = "Acme", Street = "1 Main", City = "Austin", Region = "TX", PostalCode = "78701", IsoCountry = "US" }, "addr", default);
        await Drain(ops.ListAddressesAsync(default));

        Assert.Equal(35, transport.Requests.Count);
        Assert.All(transport.Requests.Where(r => r.Path.StartsWith("/v1/", StringComparison.Ordinal)), r => Assert.Equal(TrustHubRestOperations.TrustHubServer, r.ServerUrl));
        Assert.All(transport.Requests.Where(r => r.Path.StartsWith("/2010-04-01/", StringComparison.Ordinal)), r => Assert.Equal(TrustHubRestOperations.Api2010Server, r.ServerUrl));
        Assert.All(transport.Requests, r => Assert.True(r.Path.StartsWith("/v1/", StringComparison.Ordinal) || r.Path.StartsWith("/2010-04-01/", StringComparison.Ordinal), r.Path));
        var lists = transport.Requests.Where(r => r.Method == HttpMethod.Get && !RecordingTransport.EndsWithSid(r.Path)).ToList();
        Assert.Equal(12, lists.Count);
        // Kept field for field, so a stopped run finds the address again.
        Assert.Equal("false", transport.Requests.Single(r => r.Path.EndsWith("/Addresses.json", StringComparison.Ordinal) && r.Method == HttpMethod.Post).Form!.Single(p => p.Key == "AutoCorrectAddress").Value);
        Assert.All(lists, r => Assert.Equal("1000", r.Query.Single(p => p.Key == "PageSize").Value));
    }

    [Fact]
    public async Task Sids_are_checked_before_any_request()
    {
        var transport = new RecordingTransport();
        var ops = new TrustHubRestOperations(transport, Account);

        await Assert.ThrowsAsync<FormatException>(() => ops.FetchBundleAsync(OnboardingBundleKind.TrustProduct, "BU../../Accounts", default));
        await Assert.ThrowsAsync<FormatException>(() => ops.CreateChannelEndpointAssignmentAsync(OnboardingBundleKind.TrustProduct, Bundle, "phone-number", "PN/../x", default));
        Assert.Throws<FormatException>(() => ops.ListBundlesAsync(OnboardingBundleKind.CustomerProfile, "not-a-policy", default));
        Assert.Throws<FormatException>(() => ops.ForSubaccount("AC123"));
        Assert.Empty(transport.Requests);
        Assert.Throws<ArgumentException>(() => new TrustHubRestOperations(new RecordingTransport()));
        Assert.Contains("Account SID", Assert.Throws<FormatException>(() => new TrustHubRestOperations(new RecordingTransport(), "BU0123456789abcdef0123456789abcdef")).Message, StringComparison.Ordinal);
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

    [Fact]
    public async Task Untyped_values_become_engine_records_rejection_codes_attributes_and_addresses()
    {
        var bundle = await new TrustHubRestOperations(new RecordingTransport("""
            {"sid":"BU0123456789abcdef0123456789abcdef","policy_sid":"RNf3db3cd1fe25fcfd3c3ded065c8fea53","status":"twilio-rejected","errors":[{"code":22213,"message":"x"},22208]}
            """), Account).FetchBundleAsync(OnboardingBundleKind.TrustProduct, Bundle, default);
        var endUser = await new TrustHubRestOperations(new RecordingTransport("""
            {"sid":"IT0123456789abcdef0123456789abcdef","type":"cnam_information","attributes":"{\"cnam_display_name\":\"OWL\",\"n\":1}"}
            """), Account).FetchEndUserAsync("IT0123456789abcdef0123456789abcdef", default);

        var document = await new TrustHubRestOperations(new RecordingTransport("""
            {"sid":"RD0123456789abcdef0123456789abcdef","type":"customer_profile_address","attributes":{"address_sids":["AD0123456789abcdef0123456789abcdef"]}}
            """), Account).FetchSupportingDocumentAsync("RD0123456789abcdef0123456789abcdef", default);
        var address = await new TrustHubRestOperations(new RecordingTransport("""
            {"sid":"AD0123456789abcdef0123456789abcdef","customer_name":"Acme & Co","street":"1 Main St","street_secondary":null,"city":"Austin","region":"TX","postal_code":"78701","iso_country":"US","friendly_name":"HQ"}
            """), Account).CreateAddressAsync(new BusinessProfileAddress { CustomerName = "Acme & Co", Street = "1 Main St", City = "Austin", Region = "TX", PostalCode = "78701", IsoCountry = "US" }, "HQ", default);

        Assert.Equal([22213, 22208], bundle.ErrorCodes);
        Assert.Equal("""["AD0123456789abcdef0123456789abcdef"]""", document.Attributes["address_sids"]);
        Assert.Equal(new TrustHubAddress("AD0123456789abcdef0123456789abcdef", "HQ", "Acme & Co", "1 Main St", null, "Austin", "TX", "78701", "US"), address);
        Assert.Equal(new Dictionary<string, string> { ["cnam_display_name"] = "OWL", ["n"] = "1" }, endUser.Attributes);
    }

    private static async Task Drain<T>(IAsyncEnumerable<T> items)
    {
        await foreach (var _ in items) { }
    }

    /// <summary>Records every request; answers a list with an empty page, anything else with <paramref name="body"/> or a resource of the path's kind.</summary>
    private sealed class RecordingTransport(string? body = null) : ITwilioTransport
    {
        private static readonly (string Collection, string Prefix)[] Prefixes =
        [
            ("ChannelEndpointAssignments", "RA"), ("EntityAssignments", "BV"), ("Evaluations", "EL"), ("EndUsers", "IT"), ("SupportingDocuments", "RD"),
            ("IncomingPhoneNumbers", "PN"), ("Addresses", "AD"), ("TrustProducts", "BU"), ("CustomerProfiles", "BU"),
        ];

        public List<TwilioRequest> Requests { get; } = [];

        public static bool EndsWithSid(string path) =>
            System.Text.RegularExpressions.Regex.IsMatch(path, "/[A-Z]{2}[0-9a-f]{32}(\\.json)?$");

        public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            var json = request.Method == HttpMethod.Get && !EndsWithSid(request.Path)
                ? """{"results":[],"incoming_phone_numbers":[],"accounts":[],"addresses":[],"meta":{"next_page_url":null}}"""
                : body ?? $$"""{"sid":"{{Prefix(request.Path)}}0123456789abcdef0123456789abcdef","object_sid":"BU0123456789abcdef0123456789abcdef","channel_endpoint_sid":"PN0123456789abcdef0123456789abcdef","policy_sid":"RN0123456789abcdef0123456789abcdef","phone_number":"+12125550100"}""";
            return Task.FromResult(new TwilioResponse(request.Method == HttpMethod.Delete ? 204 : 200, Encoding.UTF8.GetBytes(json), new Uri(request.ServerUrl + request.Path)));
        }

        private static string Prefix(string path)
        {
            var segments = path.Split('/').Select(s => s.Replace(".json", "", StringComparison.Ordinal)).Reverse();
            return segments.Select(s => Prefixes.FirstOrDefault(p => p.Collection == s).Prefix).First(p => p is not null);
        }
    }
}
