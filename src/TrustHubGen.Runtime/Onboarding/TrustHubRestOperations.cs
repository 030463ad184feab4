using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// <see cref="ITrustHubOperations"/> over an <see cref="ITwilioTransport"/>: paths as in Twilio's official specs
/// (Trust Hub v1 on <c>https://trusthub.twilio.com</c>, API 2010 on <c>https://api.twilio.com</c>), lists with
/// <c>PageSize=1000</c>. Retries (429/20429, 5xx, <c>Retry-After</c>) are the transport's.
/// </summary>
public sealed class TrustHubRestOperations : ITrustHubOperations
{
    /// <summary>The Trust Hub server URL from the spec.</summary>
    public const string TrustHubServer = "https://trusthub.twilio.com";

    /// <summary>The API 2010 server URL from the spec.</summary>
    public const string Api2010Server = "https://api.twilio.com";

    private const int PageSize = 1000;
    private readonly ITwilioTransport _transport;

    /// <summary>
    /// Operations acting for <paramref name="accountSid"/>, or (when null) for the account the transport says it acts for
    /// (<see cref="TwilioTransportExtensions.GetAccountSid"/>), needed for API 2010 paths.
    /// </summary>
    /// <exception cref="ArgumentException">No account SID was given and the transport does not name one.</exception>
    public TrustHubRestOperations(ITwilioTransport transport, string? accountSid = null)
    {
        _transport = transport ?? throw new ArgumentNullException(nameof(transport));
        var account = accountSid ?? transport.GetAccountSid()
            ?? throw new ArgumentException("The transport does not say which account it acts for; pass accountSid (AC…) explicitly.", nameof(accountSid));
        AccountSid = SidFormat.Validate(account, "AC", "Account SID");
    }

    /// <summary>The account whose API 2010 resources (numbers, subaccounts) are read.</summary>
    public string AccountSid { get; }

    /// <summary>Operations acting for a subaccount (the parent's credentials, the subaccount's SID as user).</summary>
    public TrustHubRestOperations ForSubaccount(string subaccountSid) =>
        new(_transport.ForSubaccount(subaccountSid), subaccountSid) { _parentAccountSid = _parentAccountSid ?? AccountSid };

    // The account whose credentials a subaccount's operations borrow, when they were made by ForSubaccount.
    private string? _parentAccountSid;

    /// <inheritdoc />
    public IAsyncEnumerable<TrustHubBundle> ListBundlesAsync(OnboardingBundleKind kind, string policySid, CancellationToken cancellationToken)
    {
        var request = Get($"/v1/{Collection(kind)}");
        request.Query.Add("PolicySid", SidFormat.Validate(policySid, "RN", "Policy SID"));
        request.Query.Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "results", TrustHubJsonReaders.Bundle, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TrustHubBundle> FetchBundleAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken) =>
        TwilioJson.Parse((await SendAsync(Get($"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}"), cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Bundle);

    /// <inheritdoc />
    public async Task<TrustHubBundle> CreateBundleAsync(OnboardingBundleKind kind, string policySid, string friendlyName, string email, string? statusCallback, CancellationToken cancellationToken)
    {
        var request = Post($"/v1/{Collection(kind)}");
        request.Form!.Add("FriendlyName", friendlyName).Add("Email", email).Add("PolicySid", SidFormat.Validate(policySid, "RN", "Policy SID")).Add("StatusCallback", statusCallback);
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Bundle);
    }

    /// <inheritdoc />
    public async Task<TrustHubBundle> UpdateBundleStatusAsync(OnboardingBundleKind kind, string bundleSid, string status, CancellationToken cancellationToken)
    {
        var request = Post($"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}");
        request.Form!.Add("Status", status);
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Bundle);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken)
    {
        var request = Get($"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}/ChannelEndpointAssignments");
        request.Query.Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "results", TrustHubJsonReaders.Channel, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ChannelEndpointAssignment> CreateChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string channelEndpointType, string channelEndpointSid, CancellationToken cancellationToken)
    {
        var request = Post($"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}/ChannelEndpointAssignments");
        request.Form!.Add("ChannelEndpointType", channelEndpointType).Add("ChannelEndpointSid", SidFormat.Validate(channelEndpointSid, null, "Channel endpoint SID"));
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Channel);
    }

    /// <inheritdoc />
    public Task DeleteChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken cancellationToken) =>
        SendAsync(new TwilioRequest(HttpMethod.Delete, TrustHubServer,
            $"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}/ChannelEndpointAssignments/{Sid(assignmentSid, "RA", "Channel endpoint assignment SID")}"), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<EntityAssignment> ListEntityAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken)
    {
        var request = Get($"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}/EntityAssignments");
        request.Query.Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "results", TrustHubJsonReaders.Entity, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<EntityAssignment> CreateEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string objectSid, CancellationToken cancellationToken)
    {
        var request = Post($"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}/EntityAssignments");
        request.Form!.Add("ObjectSid", SidFormat.Validate(objectSid, null, "Object SID"));
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Entity);
    }

    /// <inheritdoc />
    public Task DeleteEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken cancellationToken) =>
        SendAsync(new TwilioRequest(HttpMethod.Delete, TrustHubServer,
            $"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}/EntityAssignments/{Sid(assignmentSid, "BV", "Entity assignment SID")}"), cancellationToken);

    /// <inheritdoc />
    public async Task<TrustHubEndUser> CreateEndUserAsync(string type, string friendlyName, string attributesJson, CancellationToken cancellationToken)
    {
        var request = Post("/v1/EndUsers");
        request.Form!.Add("FriendlyName", friendlyName).Add("Type", type).AddJson("Attributes", TwilioJsonValue.FromJson(attributesJson).Json);
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.EndUser);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TrustHubEndUser> ListEndUsersAsync(CancellationToken cancellationToken)
    {
        var request = Get("/v1/EndUsers");
        request.Query.Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "results", TrustHubJsonReaders.EndUser, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TrustHubEndUser> FetchEndUserAsync(string endUserSid, CancellationToken cancellationToken) =>
        TwilioJson.Parse((await SendAsync(Get($"/v1/EndUsers/{Sid(endUserSid, "IT", "End user SID")}"), cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.EndUser);

    /// <inheritdoc />
    public async Task<TrustHubEvaluation> CreateEvaluationAsync(OnboardingBundleKind kind, string bundleSid, string policySid, CancellationToken cancellationToken)
    {
        var request = Post($"/v1/{Collection(kind)}/{Sid(bundleSid, "BU", "Bundle SID")}/Evaluations");
        request.Form!.Add("PolicySid", SidFormat.Validate(policySid, "RN", "Policy SID"));
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Evaluation);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<IncomingNumber> ListIncomingPhoneNumbersAsync(string? phoneNumber, CancellationToken cancellationToken)
    {
        var request = new TwilioRequest(HttpMethod.Get, Api2010Server, $"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json");
        request.Query.Add("PhoneNumber", phoneNumber).Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "incoming_phone_numbers", TrustHubJsonReaders.Number, cancellationToken);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<IncomingNumber> ListSubaccountPhoneNumbersAsync(string accountSid, CancellationToken cancellationToken)
    {
        var request = new TwilioRequest(HttpMethod.Get, Api2010Server, $"/2010-04-01/Accounts/{Sid(accountSid, "AC", "Subaccount SID")}/IncomingPhoneNumbers.json");
        request.Query.Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "incoming_phone_numbers", TrustHubJsonReaders.Number, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IncomingNumber> FetchIncomingPhoneNumberAsync(string phoneNumberSid, CancellationToken cancellationToken)
    {
        var request = new TwilioRequest(HttpMethod.Get, Api2010Server,
            $"/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid(phoneNumberSid, "PN", "Phone number SID")}.json");
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Number);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TwilioAccount> ListAccountsAsync(CancellationToken cancellationToken)
    {
        var request = new TwilioRequest(HttpMethod.Get, Api2010Server, "/2010-04-01/Accounts.json");
        request.Query.Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "accounts", TrustHubJsonReaders.Account, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TrustHubBundle> FetchAssignableProfileAsync(string profileSid, CancellationToken cancellationToken)
    {
        var request = Get($"/v1/CustomerProfiles/{Sid(profileSid, "BU", "Customer profile SID")}");
        try
        {
            return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Bundle);
        }
        catch (TwilioApiException e) when (e.Status == 404 && _transport is TwilioSubaccountTransport subaccount)
        {
            // A subaccount cannot read its parent's profiles; the parent's own credentials can. They also reach the
            // parent's other subaccounts, whose profiles this subaccount cannot assign: those stay not found.
            var response = await subaccount.Inner.SendAsync(Get(request.Path), cancellationToken).ConfigureAwait(false);
            var parentSid = _parentAccountSid ?? subaccount.Inner.GetAccountSid();
            if (parentSid is not null && OwnerOf(response.Body) is { } owner && owner != parentSid) throw;
            return TwilioJson.Parse(response.Body, TrustHubJsonReaders.Bundle);
        }
    }

    private static string? OwnerOf(ReadOnlyMemory<byte> body)
    {
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
            && document.RootElement.TryGetProperty("account_sid", out var account) && account.ValueKind == System.Text.Json.JsonValueKind.String
            ? account.GetString()
            : null;
    }

    /// <inheritdoc />
    public async Task<TrustHubAddress> CreateAddressAsync(Profiles.BusinessProfileAddress address, string friendlyName, CancellationToken cancellationToken)
    {
        if (address is null) throw new ArgumentNullException(nameof(address));
        var request = new TwilioRequest(HttpMethod.Post, Api2010Server, $"/2010-04-01/Accounts/{AccountSid}/Addresses.json") { Form = new TwilioParameters() };
        request.Form!.Add("CustomerName", address.CustomerName).Add("Street", address.Street).Add("StreetSecondary", address.StreetSecondary)
            .Add("City", address.City).Add("Region", address.Region).Add("PostalCode", address.PostalCode).Add("IsoCountry", address.IsoCountry)
            .Add("FriendlyName", friendlyName).Add("AutoCorrectAddress", false);
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Address);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TrustHubAddress> ListAddressesAsync(CancellationToken cancellationToken)
    {
        var request = new TwilioRequest(HttpMethod.Get, Api2010Server, $"/2010-04-01/Accounts/{AccountSid}/Addresses.json");
        request.Query.Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "addresses", TrustHubJsonReaders.Address, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TrustHubSupportingDocument> CreateSupportingDocumentAsync(string type, string friendlyName, string attributesJson, CancellationToken cancellationToken)
    {
        var request = Post("/v1/SupportingDocuments");
        request.Form!.Add("FriendlyName", friendlyName).Add("Type", type).AddJson("Attributes", TwilioJsonValue.FromJson(attributesJson).Json);
        return TwilioJson.Parse((await SendAsync(request, cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Document);
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TrustHubSupportingDocument> ListSupportingDocumentsAsync(CancellationToken cancellationToken)
    {
        var request = Get("/v1/SupportingDocuments");
        request.Query.Add("PageSize", PageSize);
        return TwilioPaging.ListAsync(_transport, request, "results", TrustHubJsonReaders.Document, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<TrustHubSupportingDocument> FetchSupportingDocumentAsync(string documentSid, CancellationToken cancellationToken) =>
        TwilioJson.Parse((await SendAsync(Get($"/v1/SupportingDocuments/{Sid(documentSid, "RD", "Supporting document SID")}"), cancellationToken).ConfigureAwait(false)).Body, TrustHubJsonReaders.Document);

    /// <inheritdoc />
    public override string ToString() => $"TrustHubRestOperations {{ AccountSid = {AccountSid}, Transport = {_transport} }}";

    private Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken) => _transport.SendAsync(request, cancellationToken);

    private static TwilioRequest Get(string path) => new(HttpMethod.Get, TrustHubServer, path);

    private static TwilioRequest Post(string path) => new(HttpMethod.Post, TrustHubServer, path) { Form = new TwilioParameters() };

    private static string Collection(OnboardingBundleKind kind) => kind == OnboardingBundleKind.CustomerProfile ? "CustomerProfiles" : "TrustProducts";

    // SIDs are validated before they become path segments, so nothing else can reach the URL.
    private static string Sid(string value, string prefix, string name) => SidFormat.Validate(value, prefix, name);
}
