using System.Text;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Onboarding.Tests.Isv;

/// <summary>The Primary profile fetch for a subaccount, and implementations written before the Business Profile members.</summary>
public sealed class ProfileRestOperationsTests
{
    private const string Account = "AC0123456789abcdef0123456789abcdef";
    private const string Subaccount = "ACfedcba9876543210fedcba9876543210";
    private const string Profile = "BU0123456789abcdef0123456789abcdef";

    private static readonly BusinessProfileAddress Address = new()
    {
        CustomerName = "Acme & Co", Street = "1 Main St", City = "Austin", Region = "TX", PostalCode = "78701", IsoCountry = "US",
    };

    [Fact]
    public async Task A_subaccount_reads_its_parents_profile_with_the_parents_credentials_but_no_other_subaccounts()
    {
        var owner = Account;
        var transport = new ScriptedTransport(request => request.SubaccountSid is null
            ? (200, $$"""{"sid":"{{Profile}}","account_sid":"{{owner}}","policy_sid":"RN6433641899984f951173ef1738c3bdd0","friendly_name":"ISV","status":"twilio-approved"}""")
            : (404, """{"code":20404,"message":"not found","more_info":"x","status":404}"""));
        var parent = new TrustHubRestOperations(transport, Account);

        var primary = await parent.ForSubaccount(Subaccount).FetchAssignableProfileAsync(Profile, default);

        Assert.Equal(("twilio-approved", "RN6433641899984f951173ef1738c3bdd0"), (primary.Status, primary.PolicySid));
        Assert.Equal([$"GET https://trusthub.twilio.com/v1/CustomerProfiles/{Profile} as {Subaccount}", $"GET https://trusthub.twilio.com/v1/CustomerProfiles/{Profile}"], transport.Requests);

        // The parent's credentials also reach its other subaccounts: their profiles stay not found.
        owner = "AC99999999999999999999999999999999";
        var error = await Assert.ThrowsAsync<TwilioApiException>(() => parent.ForSubaccount(Subaccount).FetchAssignableProfileAsync(Profile, default));
        Assert.Equal(404, error.Status);
    }

    [Fact]
    public async Task Operations_written_before_the_profile_members_refuse_them_by_name()
    {
        ITrustHubOperations old = new OnlyTrustProductOperations();

        var error = await Assert.ThrowsAsync<NotSupportedException>(() => old.CreateAddressAsync(Address, "HQ", default));

        Assert.Contains("OnlyTrustProductOperations does not implement ITrustHubOperations.CreateAddressAsync", error.Message, StringComparison.Ordinal);
        Assert.Equal("fetched", (await old.FetchAssignableProfileAsync(Profile, default)).FriendlyName);
    }

    /// <summary>Answers each request with the status and body the script gives; errors become TwilioApiException as the real transport's do.</summary>
    private sealed class ScriptedTransport(Func<TwilioRequest, (int Status, string Body)> script) : ITwilioTransport
    {
        public List<string> Requests { get; } = [];

        public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
        {
            var parameters = request.Form ?? request.Query;
            Requests.Add($"{request.Method} {request.ServerUrl}{request.Path} {parameters.ToUrlEncoded()}".TrimEnd() + (request.SubaccountSid is null ? "" : $" as {request.SubaccountSid}"));
            var (status, body) = script(request);
            if (status >= 400) throw new TwilioApiException(status, 20404, "not found", null, $"{request.Method} {request.Path}");
            return Task.FromResult(new TwilioResponse(status, Encoding.UTF8.GetBytes(body), new Uri(request.ServerUrl + request.Path)));
        }
    }

    /// <summary>An implementation that predates the Business Profile members (it implements none of them).</summary>
    private sealed class OnlyTrustProductOperations : ITrustHubOperations
    {
        public Task<TrustHubBundle> FetchBundleAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) =>
            Task.FromResult(new TrustHubBundle(bundleSid, "RN6433641899984f951173ef1738c3bdd0", "fetched", "twilio-approved", []));

        public IAsyncEnumerable<TrustHubBundle> ListBundlesAsync(OnboardingBundleKind kind, string policySid, CancellationToken ct) => throw new NotImplementedException();
        public Task<TrustHubBundle> CreateBundleAsync(OnboardingBundleKind kind, string policySid, string friendlyName, string email, string? statusCallback, CancellationToken ct) => throw new NotImplementedException();
        public Task<TrustHubBundle> UpdateBundleStatusAsync(OnboardingBundleKind kind, string bundleSid, string status, CancellationToken ct) => throw new NotImplementedException();
        public IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) => throw new NotImplementedException();
        public Task<ChannelEndpointAssignment> CreateChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string type, string endpointSid, CancellationToken ct) => throw new NotImplementedException();
        public Task DeleteChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken ct) => throw new NotImplementedException();
        public IAsyncEnumerable<EntityAssignment> ListEntityAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) => throw new NotImplementedException();
        public Task<EntityAssignment> CreateEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string objectSid, CancellationToken ct) => throw new NotImplementedException();
        public Task DeleteEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken ct) => throw new NotImplementedException();
        public Task<TrustHubEndUser> CreateEndUserAsync(string type, string friendlyName, string attributesJson, CancellationToken ct) => throw new NotImplementedException();
        public IAsyncEnumerable<TrustHubEndUser> ListEndUsersAsync(CancellationToken ct) => throw new NotImplementedException();
        public Task<TrustHubEndUser> FetchEndUserAsync(string endUserSid, CancellationToken ct) => throw new NotImplementedException();
        public Task<TrustHubEvaluation> CreateEvaluationAsync(OnboardingBundleKind kind, string bundleSid, string policySid, CancellationToken ct) => throw new NotImplementedException();
        public IAsyncEnumerable<IncomingNumber> ListIncomingPhoneNumbersAsync(string? phoneNumber, CancellationToken ct) => throw new NotImplementedException();
        public IAsyncEnumerable<IncomingNumber> ListSubaccountPhoneNumbersAsync(string accountSid, CancellationToken ct) => throw new NotImplementedException();
        public Task<IncomingNumber> FetchIncomingPhoneNumberAsync(string phoneNumberSid, CancellationToken ct) => throw new NotImplementedException();
        public IAsyncEnumerable<TwilioAccount> ListAccountsAsync(CancellationToken ct) => throw new NotImplementedException();
    }
}
