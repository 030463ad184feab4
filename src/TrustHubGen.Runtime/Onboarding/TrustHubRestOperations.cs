using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime.Onboarding.Profiles;
using TrustHubGen.Runtime.Wire;
using static TrustHubGen.Runtime.Wire.WireReads;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// <see cref="ITrustHubOperations"/> over an <see cref="ITwilioTransport"/>, through the Trust Hub and API 2010 clients
/// our generator emits from Twilio's official specs (hosts, paths, form fields and answers are theirs, see
/// <c>Wire/README.md</c>); lists ask for <c>PageSize=1000</c>. Retries (429/20429, 5xx, <c>Retry-After</c>) are the transport's.
/// </summary>
public sealed class TrustHubRestOperations : ITrustHubOperations
{
    /// <summary>The Trust Hub server URL from the spec.</summary>
    public const string TrustHubServer = "https://trusthub.twilio.com";

    /// <summary>The API 2010 server URL from the spec.</summary>
    public const string Api2010Server = "https://api.twilio.com";

    /// <summary>Items per list page asked of Twilio (its maximum); the other readers of lists size their work by it.</summary>
    internal const int PageSize = 1000;

    private readonly ITwilioTransport _transport;
    private readonly TrustHubClient _trustHub;
    private readonly TrustHubClient _evaluations;   // answers kept without what passed (JsonAnswerFilter): they grow with the product
    private readonly Api2010Client _api;

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
        _trustHub = new TrustHubClient(transport);
        _evaluations = new TrustHubClient(new AnswerFilterTransport(transport, JsonAnswerFilter.EvaluationValidItems));
        _api = new Api2010Client(transport, Wire.AccountSid.Parse(AccountSid));
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
        var policy = PolicySid.Parse(policySid);
        return kind == OnboardingBundleKind.CustomerProfile
            ? Map(_trustHub.CustomerProfiles.ListAsync(new ListCustomerProfileRequest { PolicySid = policy, PageSize = PageSize }, cancellationToken), Bundle)
            : Map(_trustHub.TrustProducts.ListAsync(new ListTrustProductRequest { PolicySid = policy, PageSize = PageSize }, cancellationToken), Bundle);
    }

    /// <inheritdoc />
    public async Task<TrustHubBundle> FetchBundleAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken) =>
        kind == OnboardingBundleKind.CustomerProfile
            ? Bundle(await _trustHub.CustomerProfiles.FetchAsync(CustomerProfileSid.Parse(bundleSid), cancellationToken).ConfigureAwait(false))
            : Bundle(await _trustHub.TrustProducts.FetchAsync(TrustProductSid.Parse(bundleSid), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public async Task<TrustHubBundle> CreateBundleAsync(OnboardingBundleKind kind, string policySid, string friendlyName, string email, string? statusCallback, CancellationToken cancellationToken)
    {
        var callback = statusCallback is null ? null : new Uri(statusCallback, UriKind.Absolute);
        return kind == OnboardingBundleKind.CustomerProfile
            ? Bundle(await _trustHub.CustomerProfiles.CreateAsync(new CreateCustomerProfileRequest { FriendlyName = friendlyName, Email = email, PolicySid = CustomerProfilePolicySid.Parse(policySid), StatusCallback = callback }, cancellationToken).ConfigureAwait(false))
            : Bundle(await _trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = friendlyName, Email = email, PolicySid = TrustProductPolicySid.Parse(policySid), StatusCallback = callback }, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<TrustHubBundle> UpdateBundleStatusAsync(OnboardingBundleKind kind, string bundleSid, string status, CancellationToken cancellationToken) =>
        kind == OnboardingBundleKind.CustomerProfile
            ? Bundle(await _trustHub.CustomerProfiles.UpdateAsync(CustomerProfileSid.Parse(bundleSid), new UpdateCustomerProfileRequest { Status = new CustomerProfileStatus(status) }, cancellationToken).ConfigureAwait(false))
            : Bundle(await _trustHub.TrustProducts.UpdateAsync(TrustProductSid.Parse(bundleSid), new UpdateTrustProductRequest { Status = new TrustProductStatus(status) }, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken) =>
        kind == OnboardingBundleKind.CustomerProfile
            ? Map(_trustHub.CustomerProfiles.ChannelEndpointAssignments(CustomerProfileSid.Parse(bundleSid)).ListAsync(new ListCustomerProfileChannelEndpointAssignmentRequest { PageSize = PageSize }, cancellationToken), Channel)
            : Map(_trustHub.TrustProducts.ChannelEndpointAssignments(TrustProductSid.Parse(bundleSid)).ListAsync(new ListTrustProductChannelEndpointAssignmentRequest { PageSize = PageSize }, cancellationToken), Channel);

    /// <inheritdoc />
    public IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, IReadOnlyCollection<string> channelEndpointSids, CancellationToken cancellationToken)
    {
        var sids = string.Join(",", channelEndpointSids);
        return kind == OnboardingBundleKind.CustomerProfile
            ? Map(_trustHub.CustomerProfiles.ChannelEndpointAssignments(CustomerProfileSid.Parse(bundleSid)).ListAsync(new ListCustomerProfileChannelEndpointAssignmentRequest { ChannelEndpointSids = sids, PageSize = PageSize }, cancellationToken), Channel)
            : Map(_trustHub.TrustProducts.ChannelEndpointAssignments(TrustProductSid.Parse(bundleSid)).ListAsync(new ListTrustProductChannelEndpointAssignmentRequest { ChannelEndpointSids = sids, PageSize = PageSize }, cancellationToken), Channel);
    }

    /// <inheritdoc />
    public async Task<ChannelEndpointAssignment> CreateChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string channelEndpointType, string channelEndpointSid, CancellationToken cancellationToken)
    {
        var endpoint = TwilioSid.Parse(channelEndpointSid);
        return kind == OnboardingBundleKind.CustomerProfile
            ? Channel(await _trustHub.CustomerProfiles.ChannelEndpointAssignments(CustomerProfileSid.Parse(bundleSid))
                .CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest { ChannelEndpointType = channelEndpointType, ChannelEndpointSid = endpoint }, cancellationToken).ConfigureAwait(false))
            : Channel(await _trustHub.TrustProducts.ChannelEndpointAssignments(TrustProductSid.Parse(bundleSid))
                .CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = channelEndpointType, ChannelEndpointSid = endpoint }, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task DeleteChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken cancellationToken) =>
        kind == OnboardingBundleKind.CustomerProfile
            ? _trustHub.CustomerProfiles.ChannelEndpointAssignments(CustomerProfileSid.Parse(bundleSid)).DeleteAsync(CustomerProfileChannelEndpointAssignmentSid.Parse(assignmentSid), cancellationToken)
            : _trustHub.TrustProducts.ChannelEndpointAssignments(TrustProductSid.Parse(bundleSid)).DeleteAsync(TrustProductChannelEndpointAssignmentSid.Parse(assignmentSid), cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<EntityAssignment> ListEntityAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken) =>
        kind == OnboardingBundleKind.CustomerProfile
            ? Map(_trustHub.CustomerProfiles.EntityAssignments(CustomerProfileSid.Parse(bundleSid)).ListAsync(new ListCustomerProfileEntityAssignmentRequest { PageSize = PageSize }, cancellationToken), Entity)
            : Map(_trustHub.TrustProducts.EntityAssignments(TrustProductSid.Parse(bundleSid)).ListAsync(new ListTrustProductEntityAssignmentRequest { PageSize = PageSize }, cancellationToken), Entity);

    /// <inheritdoc />
    public async Task<EntityAssignment> CreateEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string objectSid, CancellationToken cancellationToken)
    {
        var entity = EntityAssignmentObjectSid.Parse(objectSid);
        return kind == OnboardingBundleKind.CustomerProfile
            ? Entity(await _trustHub.CustomerProfiles.EntityAssignments(CustomerProfileSid.Parse(bundleSid))
                .CreateAsync(new CreateCustomerProfileEntityAssignmentRequest { ObjectSid = entity }, cancellationToken).ConfigureAwait(false))
            : Entity(await _trustHub.TrustProducts.EntityAssignments(TrustProductSid.Parse(bundleSid))
                .CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = entity }, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public Task DeleteEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken cancellationToken) =>
        kind == OnboardingBundleKind.CustomerProfile
            ? _trustHub.CustomerProfiles.EntityAssignments(CustomerProfileSid.Parse(bundleSid)).DeleteAsync(CustomerProfileEntityAssignmentSid.Parse(assignmentSid), cancellationToken)
            : _trustHub.TrustProducts.EntityAssignments(TrustProductSid.Parse(bundleSid)).DeleteAsync(TrustProductEntityAssignmentSid.Parse(assignmentSid), cancellationToken);

    /// <inheritdoc />
    public async Task<TrustHubEndUser> CreateEndUserAsync(string type, string friendlyName, string attributesJson, CancellationToken cancellationToken) =>
        EndUser(await _trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = friendlyName, Type = type, Attributes = TwilioJsonValue.FromJson(attributesJson) }, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public IAsyncEnumerable<TrustHubEndUser> ListEndUsersAsync(CancellationToken cancellationToken) =>
        Map(_trustHub.EndUsers.ListAsync(new ListEndUserRequest { PageSize = PageSize }, cancellationToken), EndUser);

    /// <inheritdoc />
    public async Task<TrustHubEndUser> FetchEndUserAsync(string endUserSid, CancellationToken cancellationToken) =>
        EndUser(await _trustHub.EndUsers.FetchAsync(EndUserSid.Parse(endUserSid), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public Task DeleteEndUserAsync(string endUserSid, CancellationToken cancellationToken) =>
        _trustHub.EndUsers.DeleteAsync(EndUserSid.Parse(endUserSid), cancellationToken);

    /// <inheritdoc />
    public async Task<TrustHubEndUser> UpdateEndUserAsync(string endUserSid, string attributesJson, CancellationToken cancellationToken) =>
        EndUser(await _trustHub.EndUsers.UpdateAsync(EndUserSid.Parse(endUserSid), new UpdateEndUserRequest { Attributes = TwilioJsonValue.FromJson(attributesJson) }, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    /// <remarks>
    /// The answer lists what passed and what did not under each requirement; only the status and what did not are read, so
    /// the transport keeps the answer without the <c>valid</c> entries as it streams in (a product holding a million numbers
    /// may list each), and <see cref="TwilioClientOptions.MaxResponseBytes"/> bounds the rest.
    /// </remarks>
    public async Task<TrustHubEvaluation> CreateEvaluationAsync(OnboardingBundleKind kind, string bundleSid, string policySid, CancellationToken cancellationToken)
    {
        return kind == OnboardingBundleKind.CustomerProfile
            ? Evaluation(await _evaluations.CustomerProfiles.Evaluations(CustomerProfileSid.Parse(bundleSid)).CreateAsync(new CreateCustomerProfileEvaluationRequest { PolicySid = CustomerProfilePolicySid.Parse(policySid) }, cancellationToken).ConfigureAwait(false))
            : Evaluation(await _evaluations.TrustProducts.Evaluations(TrustProductSid.Parse(bundleSid)).CreateAsync(new CreateTrustProductEvaluationRequest { PolicySid = TrustProductPolicySid.Parse(policySid) }, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<IncomingNumber> ListIncomingPhoneNumbersAsync(string? phoneNumber, CancellationToken cancellationToken) =>
        Map(_api.IncomingPhoneNumbers.ListAsync(new ListIncomingPhoneNumberRequest { PhoneNumber = phoneNumber, PageSize = PageSize }, cancellationToken), Number);

    /// <inheritdoc />
    public IAsyncEnumerable<IncomingNumber> ListSubaccountPhoneNumbersAsync(string accountSid, CancellationToken cancellationToken) =>
        Map(_api.Accounts.IncomingPhoneNumbers(Wire.AccountSid.Parse(accountSid)).ListAsync(new ListIncomingPhoneNumberRequest { PageSize = PageSize }, cancellationToken), Number);

    /// <inheritdoc />
    public async Task<IncomingNumber> FetchIncomingPhoneNumberAsync(string phoneNumberSid, CancellationToken cancellationToken) =>
        Number(await _api.IncomingPhoneNumbers.FetchAsync(PhoneNumberSid.Parse(phoneNumberSid), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public IAsyncEnumerable<TwilioAccount> ListAccountsAsync(CancellationToken cancellationToken) =>
        Map(_api.Accounts.ListAsync(new ListAccountRequest { PageSize = PageSize }, cancellationToken), Account);

    /// <inheritdoc />
    public async Task<TrustHubBundle> FetchAssignableProfileAsync(string profileSid, CancellationToken cancellationToken)
    {
        var sid = CustomerProfileSid.Parse(profileSid);
        try
        {
            return Bundle(await _trustHub.CustomerProfiles.FetchAsync(sid, cancellationToken).ConfigureAwait(false));
        }
        catch (TwilioApiException e) when (e.Status == 404 && _transport is TwilioSubaccountTransport subaccount)
        {
            // A subaccount cannot read its parent's profiles; the parent's own credentials can. They also reach the
            // parent's other subaccounts, whose profiles this subaccount cannot assign: those stay not found.
            var profile = await new TrustHubClient(subaccount.Inner).CustomerProfiles.FetchAsync(sid, cancellationToken).ConfigureAwait(false);
            var parentSid = _parentAccountSid ?? subaccount.Inner.GetAccountSid();
            if (parentSid is not null && profile.AccountSid is { } owner && owner.Value != parentSid) throw;
            return Bundle(profile);
        }
    }

    /// <inheritdoc />
    public async Task<TrustHubAddress> CreateAddressAsync(BusinessProfileAddress address, string friendlyName, CancellationToken cancellationToken)
    {
        if (address is null) throw new ArgumentNullException(nameof(address));
        // AutoCorrectAddress=false: the address is kept field for field, so a stopped run can find it again.
        var request = new CreateAddressRequest
        {
            CustomerName = address.CustomerName, Street = address.Street, StreetSecondary = address.StreetSecondary, City = address.City,
            Region = address.Region, PostalCode = address.PostalCode, IsoCountry = address.IsoCountry, FriendlyName = friendlyName, AutoCorrectAddress = false,
        };
        return Address(await _api.Addresses.CreateAsync(request, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public IAsyncEnumerable<TrustHubAddress> ListAddressesAsync(CancellationToken cancellationToken) =>
        Map(_api.Addresses.ListAsync(new ListAddressRequest { PageSize = PageSize }, cancellationToken), Address);

    /// <inheritdoc />
    public async Task<TrustHubSupportingDocument> CreateSupportingDocumentAsync(string type, string friendlyName, string attributesJson, CancellationToken cancellationToken) =>
        Document(await _trustHub.SupportingDocuments.CreateAsync(new CreateSupportingDocumentRequest { FriendlyName = friendlyName, Type = type, Attributes = TwilioJsonValue.FromJson(attributesJson) }, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public IAsyncEnumerable<TrustHubSupportingDocument> ListSupportingDocumentsAsync(CancellationToken cancellationToken) =>
        Map(_trustHub.SupportingDocuments.ListAsync(new ListSupportingDocumentRequest { PageSize = PageSize }, cancellationToken), Document);

    /// <inheritdoc />
    public async Task<TrustHubSupportingDocument> FetchSupportingDocumentAsync(string documentSid, CancellationToken cancellationToken) =>
        Document(await _trustHub.SupportingDocuments.FetchAsync(SupportingDocumentSid.Parse(documentSid), cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override string ToString() => $"TrustHubRestOperations {{ AccountSid = {AccountSid}, Transport = {_transport} }}";
}
