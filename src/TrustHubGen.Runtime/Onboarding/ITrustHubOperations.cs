using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The Trust Hub and API 2010 calls the onboarding engine makes. <see cref="TrustHubRestOperations"/> sends them
/// over an <see cref="ITwilioTransport"/>; tests wrap it to count calls or simulate crashes.
/// Methods named <c>Create…</c>, <c>Update…</c> and <c>Delete…</c> write; the others only read.
/// </summary>
public interface ITrustHubOperations
{
    /// <summary>Lists the account's bundles of <paramref name="kind"/> that use <paramref name="policySid"/>.</summary>
    IAsyncEnumerable<TrustHubBundle> ListBundlesAsync(OnboardingBundleKind kind, string policySid, CancellationToken cancellationToken);

    /// <summary>Fetches one bundle.</summary>
    Task<TrustHubBundle> FetchBundleAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken);

    /// <summary>Creates a draft bundle.</summary>
    Task<TrustHubBundle> CreateBundleAsync(OnboardingBundleKind kind, string policySid, string friendlyName, string email, string? statusCallback, CancellationToken cancellationToken);

    /// <summary>Sets a bundle's status (clients set <c>pending-review</c> or <c>draft</c>).</summary>
    Task<TrustHubBundle> UpdateBundleStatusAsync(OnboardingBundleKind kind, string bundleSid, string status, CancellationToken cancellationToken);

    /// <summary>Lists a bundle's channel-endpoint (phone number) assignments.</summary>
    IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken);

    /// <summary>
    /// Lists a bundle's assignments of <paramref name="channelEndpointSids"/> only (Trust Hub's <c>ChannelEndpointSids</c>
    /// filter; the engine names at most 100 at a time). The default body reads the whole list and keeps those.
    /// </summary>
    IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, IReadOnlyCollection<string> channelEndpointSids, CancellationToken cancellationToken) =>
        AssignmentReads.Only(ListChannelEndpointAssignmentsAsync(kind, bundleSid, cancellationToken), channelEndpointSids, cancellationToken);

    /// <summary>Assigns a channel endpoint (a <c>PN…</c>) to a bundle.</summary>
    Task<ChannelEndpointAssignment> CreateChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string channelEndpointType, string channelEndpointSid, CancellationToken cancellationToken);

    /// <summary>Removes a channel-endpoint assignment.</summary>
    Task DeleteChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken cancellationToken);

    /// <summary>Lists a bundle's entity assignments (Business Profile, end users, documents).</summary>
    IAsyncEnumerable<EntityAssignment> ListEntityAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken cancellationToken);

    /// <summary>Assigns an object (<c>BU…</c>, <c>IT…</c>, <c>RD…</c>) to a bundle.</summary>
    Task<EntityAssignment> CreateEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string objectSid, CancellationToken cancellationToken);

    /// <summary>Removes an entity assignment.</summary>
    Task DeleteEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken cancellationToken);

    /// <summary>Creates an end user; <paramref name="attributesJson"/> is a JSON object of its attributes.</summary>
    Task<TrustHubEndUser> CreateEndUserAsync(string type, string friendlyName, string attributesJson, CancellationToken cancellationToken);

    /// <summary>Lists the account's end users.</summary>
    IAsyncEnumerable<TrustHubEndUser> ListEndUsersAsync(CancellationToken cancellationToken);

    /// <summary>Fetches one end user.</summary>
    Task<TrustHubEndUser> FetchEndUserAsync(string endUserSid, CancellationToken cancellationToken);

    /// <summary>Evaluates a bundle against a policy (answered at once).</summary>
    Task<TrustHubEvaluation> CreateEvaluationAsync(OnboardingBundleKind kind, string bundleSid, string policySid, CancellationToken cancellationToken);

    /// <summary>Lists the account's IncomingPhoneNumbers, optionally only those matching <paramref name="phoneNumber"/>.</summary>
    IAsyncEnumerable<IncomingNumber> ListIncomingPhoneNumbersAsync(string? phoneNumber, CancellationToken cancellationToken);

    /// <summary>Lists the IncomingPhoneNumbers of <paramref name="accountSid"/>, a subaccount of the acting account (numbers a direct customer puts on its Primary Business Profile).</summary>
    IAsyncEnumerable<IncomingNumber> ListSubaccountPhoneNumbersAsync(string accountSid, CancellationToken cancellationToken);

    /// <summary>Fetches one IncomingPhoneNumber of the account.</summary>
    Task<IncomingNumber> FetchIncomingPhoneNumberAsync(string phoneNumberSid, CancellationToken cancellationToken);

    /// <summary>Lists the account and its subaccounts (API 2010 <c>/Accounts.json</c>).</summary>
    IAsyncEnumerable<TwilioAccount> ListAccountsAsync(CancellationToken cancellationToken);

    // Business Profile onboarding (BusinessProfileOnboarder). Default bodies keep implementations written before these
    // members compiling; they refuse clearly instead of guessing.

    /// <summary>
    /// Fetches a Customer Profile this account may assign to its own bundles: its own, or, for operations acting for a
    /// subaccount, its parent's (an ISV's Primary Business Profile, which the subaccount cannot read itself).
    /// </summary>
    Task<TrustHubBundle> FetchAssignableProfileAsync(string profileSid, CancellationToken cancellationToken) =>
        FetchBundleAsync(OnboardingBundleKind.CustomerProfile, profileSid, cancellationToken);

    /// <summary>Creates an API 2010 Address of the account (<c>AD…</c>), exactly as given (no auto-correction).</summary>
    Task<TrustHubAddress> CreateAddressAsync(BusinessProfileAddress address, string friendlyName, CancellationToken cancellationToken) =>
        throw NotImplemented(nameof(CreateAddressAsync));

    /// <summary>Lists the account's API 2010 Addresses.</summary>
    IAsyncEnumerable<TrustHubAddress> ListAddressesAsync(CancellationToken cancellationToken) =>
        throw NotImplemented(nameof(ListAddressesAsync));

    /// <summary>Creates a supporting document; <paramref name="attributesJson"/> is a JSON object of its attributes.</summary>
    Task<TrustHubSupportingDocument> CreateSupportingDocumentAsync(string type, string friendlyName, string attributesJson, CancellationToken cancellationToken) =>
        throw NotImplemented(nameof(CreateSupportingDocumentAsync));

    /// <summary>Lists the account's supporting documents.</summary>
    IAsyncEnumerable<TrustHubSupportingDocument> ListSupportingDocumentsAsync(CancellationToken cancellationToken) =>
        throw NotImplemented(nameof(ListSupportingDocumentsAsync));

    /// <summary>Fetches one supporting document.</summary>
    Task<TrustHubSupportingDocument> FetchSupportingDocumentAsync(string documentSid, CancellationToken cancellationToken) =>
        throw NotImplemented(nameof(FetchSupportingDocumentAsync));

    // Correcting a rejected bundle's end user (both onboarders).

    /// <summary>
    /// Replaces an end user's attributes (<c>POST /v1/EndUsers/{IT}</c>); <paramref name="attributesJson"/> is a JSON object
    /// of all its attributes. The onboarders correct an end user this way when a run asks for other values than an
    /// editable bundle's end user holds (a bundle Twilio rejected for them, then resubmitted).
    /// </summary>
    Task<TrustHubEndUser> UpdateEndUserAsync(string endUserSid, string attributesJson, CancellationToken cancellationToken) =>
        throw NotImplemented(nameof(UpdateEndUserAsync));

    // Overlapping runs (ProductsMovedOn).

    /// <summary>
    /// Deletes an end user (<c>DELETE /v1/EndUsers/{IT}</c>). The engine deletes only one it has just created and could not
    /// assign, because another run submitted the product meanwhile, so an overlapping run leaves no stray end user behind.
    /// </summary>
    Task DeleteEndUserAsync(string endUserSid, CancellationToken cancellationToken) =>
        throw NotImplemented(nameof(DeleteEndUserAsync));

    private NotSupportedException NotImplemented(string member) =>
        new($"{GetType().Name} does not implement ITrustHubOperations.{member}, which this onboarding step needs; use TrustHubRestOperations or forward the call to it.");
}

/// <summary>An API 2010 Address (<c>AD…</c>).</summary>
/// <param name="Sid">The address SID.</param>
/// <param name="FriendlyName">Its friendly name.</param>
/// <param name="CustomerName">The name at the address.</param>
/// <param name="Street">Number and street.</param>
/// <param name="StreetSecondary">Apartment, suite or floor, when given.</param>
/// <param name="City">The city.</param>
/// <param name="Region">The state or region.</param>
/// <param name="PostalCode">The postal code.</param>
/// <param name="IsoCountry">ISO 3166 alpha-2 country.</param>
public sealed record TrustHubAddress(string Sid, string FriendlyName, string CustomerName, string Street, string? StreetSecondary, string City, string Region, string PostalCode, string IsoCountry);

/// <summary>A supporting document (<c>RD…</c>).</summary>
/// <param name="Sid">The document SID.</param>
/// <param name="Type">Its type, e.g. <c>customer_profile_address</c>.</param>
/// <param name="FriendlyName">Its friendly name.</param>
/// <param name="Attributes">Its attributes as strings (non-string JSON values as their JSON text).</param>
public sealed record TrustHubSupportingDocument(string Sid, string Type, string FriendlyName, IReadOnlyDictionary<string, string> Attributes);

/// <summary>A CustomerProfile or TrustProduct as the engine reads it.</summary>
/// <param name="Sid">The bundle SID (<c>BU…</c>).</param>
/// <param name="PolicySid">Its policy.</param>
/// <param name="FriendlyName">Its friendly name.</param>
/// <param name="Status">draft, pending-review, in-review, twilio-approved or twilio-rejected.</param>
/// <param name="ErrorCodes">The codes of its <c>errors</c> (rejection reasons); empty when none.</param>
public sealed record TrustHubBundle(string Sid, string PolicySid, string FriendlyName, string Status, IReadOnlyList<int> ErrorCodes);

/// <summary>A channel-endpoint assignment (<c>RA…</c>).</summary>
/// <param name="Sid">The assignment SID.</param>
/// <param name="ChannelEndpointType">Its type (<c>phone-number</c>).</param>
/// <param name="ChannelEndpointSid">The number (<c>PN…</c>).</param>
public sealed record ChannelEndpointAssignment(string Sid, string ChannelEndpointType, string ChannelEndpointSid);

/// <summary>An entity assignment (<c>BV…</c>).</summary>
/// <param name="Sid">The assignment SID.</param>
/// <param name="ObjectSid">The assigned object (<c>BU…</c>, <c>IT…</c>, <c>RD…</c>).</param>
public sealed record EntityAssignment(string Sid, string ObjectSid);

/// <summary>An end user (<c>IT…</c>).</summary>
/// <param name="Sid">The end-user SID.</param>
/// <param name="Type">Its type, e.g. <c>cnam_information</c>.</param>
/// <param name="FriendlyName">Its friendly name.</param>
/// <param name="Attributes">Its attributes as strings (non-string JSON values as their JSON text).</param>
public sealed record TrustHubEndUser(string Sid, string Type, string FriendlyName, IReadOnlyDictionary<string, string> Attributes);

/// <summary>An evaluation (<c>EL…</c>) with its failed requirements.</summary>
/// <param name="Sid">The evaluation SID.</param>
/// <param name="Status"><c>compliant</c> or <c>noncompliant</c>.</param>
/// <param name="Findings">One entry per failed requirement or invalid field; empty when compliant.</param>
public sealed record TrustHubEvaluation(string Sid, string Status, IReadOnlyList<EvaluationFinding> Findings)
{
    /// <summary>True when Trust Hub found nothing wrong.</summary>
    public bool IsCompliant => Status == "compliant";
}

/// <summary>One thing an evaluation found wrong, readable on its own.</summary>
/// <param name="Requirement">The requirement (<c>requirement_friendly_name</c>, else its name).</param>
/// <param name="Field">The object field at fault, when the finding is about one field.</param>
/// <param name="Code">Twilio's error code, when given.</param>
/// <param name="Reason">Twilio's failure reason text.</param>
public sealed record EvaluationFinding(string Requirement, string? Field, int? Code, string? Reason)
{
    /// <summary>What <see cref="Code"/> means (from Twilio's documented codes), or null when the code is not known.</summary>
    public string? Meaning => Code is { } code ? TrustHubErrorCodes.Describe(code) : null;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Requirement}{(Field is null ? "" : $" / {Field}")}: {Reason ?? "failed"}{(Code is null ? "" : $" (code {Code}{(Meaning is null ? "" : $": {Meaning}")})")}";
}

/// <summary>An IncomingPhoneNumber (<c>PN…</c>).</summary>
/// <param name="Sid">The number SID.</param>
/// <param name="PhoneNumber">The E.164 number.</param>
/// <param name="AccountSid">The account that owns it.</param>
/// <param name="FriendlyName">Its friendly name (null when Twilio sends none).</param>
public sealed record IncomingNumber(string Sid, string PhoneNumber, string AccountSid, string? FriendlyName = null);

/// <summary>An account or subaccount (<c>AC…</c>).</summary>
/// <param name="Sid">The account SID.</param>
/// <param name="FriendlyName">Its friendly name.</param>
/// <param name="Status">active, suspended or closed.</param>
/// <param name="OwnerAccountSid">The parent account (itself for a main account).</param>
public sealed record TwilioAccount(string Sid, string FriendlyName, string Status, string? OwnerAccountSid);
