using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>Counts the calls the engine and the Business Profile onboarder make through an <see cref="ITrustHubOperations"/>, by operation (a list counts once however many pages it has).</summary>
internal sealed class OperationCounter : ITrustHubOperations
{
    private readonly ITrustHubOperations _inner;
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public OperationCounter(ITrustHubOperations inner) => _inner = inner;

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);

    public static bool IsWrite(string operation) =>
        operation.StartsWith("Create", StringComparison.Ordinal) || operation.StartsWith("Update", StringComparison.Ordinal) || operation.StartsWith("Delete", StringComparison.Ordinal);

    private T Count<T>(T value, [CallerMemberName] string name = "")
    {
        _counts.AddOrUpdate(name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name, 1, (_, n) => n + 1);
        return value;
    }

    public IAsyncEnumerable<TrustHubBundle> ListBundlesAsync(OnboardingBundleKind kind, string policySid, CancellationToken ct) => Count(_inner.ListBundlesAsync(kind, policySid, ct));
    public Task<TrustHubBundle> FetchBundleAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) => Count(_inner.FetchBundleAsync(kind, bundleSid, ct));
    public Task<TrustHubBundle> CreateBundleAsync(OnboardingBundleKind kind, string policySid, string friendlyName, string email, string? statusCallback, CancellationToken ct) => Count(_inner.CreateBundleAsync(kind, policySid, friendlyName, email, statusCallback, ct));
    public Task<TrustHubBundle> UpdateBundleStatusAsync(OnboardingBundleKind kind, string bundleSid, string status, CancellationToken ct) => Count(_inner.UpdateBundleStatusAsync(kind, bundleSid, status, ct));
    public IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) => Count(_inner.ListChannelEndpointAssignmentsAsync(kind, bundleSid, ct));
    public IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, IReadOnlyCollection<string> channelEndpointSids, CancellationToken ct) => Count(_inner.ListChannelEndpointAssignmentsAsync(kind, bundleSid, channelEndpointSids, ct));
    public Task<ChannelEndpointAssignment> CreateChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string type, string endpointSid, CancellationToken ct) => Count(_inner.CreateChannelEndpointAssignmentAsync(kind, bundleSid, type, endpointSid, ct));
    public Task DeleteChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken ct) => Count(_inner.DeleteChannelEndpointAssignmentAsync(kind, bundleSid, assignmentSid, ct));
    public IAsyncEnumerable<EntityAssignment> ListEntityAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) => Count(_inner.ListEntityAssignmentsAsync(kind, bundleSid, ct));
    public Task<EntityAssignment> CreateEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string objectSid, CancellationToken ct) => Count(_inner.CreateEntityAssignmentAsync(kind, bundleSid, objectSid, ct));
    public Task DeleteEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken ct) => Count(_inner.DeleteEntityAssignmentAsync(kind, bundleSid, assignmentSid, ct));
    public Task<TrustHubEndUser> CreateEndUserAsync(string type, string friendlyName, string attributesJson, CancellationToken ct) => Count(_inner.CreateEndUserAsync(type, friendlyName, attributesJson, ct));
    public IAsyncEnumerable<TrustHubEndUser> ListEndUsersAsync(CancellationToken ct) => Count(_inner.ListEndUsersAsync(ct));
    public Task<TrustHubEndUser> FetchEndUserAsync(string endUserSid, CancellationToken ct) => Count(_inner.FetchEndUserAsync(endUserSid, ct));
    public Task<TrustHubEndUser> UpdateEndUserAsync(string endUserSid, string attributesJson, CancellationToken ct) => Count(_inner.UpdateEndUserAsync(endUserSid, attributesJson, ct));
    public Task DeleteEndUserAsync(string endUserSid, CancellationToken ct) => Count(_inner.DeleteEndUserAsync(endUserSid, ct));
    public Task<TrustHubEvaluation> CreateEvaluationAsync(OnboardingBundleKind kind, string bundleSid, string policySid, CancellationToken ct) => Count(_inner.CreateEvaluationAsync(kind, bundleSid, policySid, ct));
    public IAsyncEnumerable<IncomingNumber> ListIncomingPhoneNumbersAsync(string? phoneNumber, CancellationToken ct) => Count(_inner.ListIncomingPhoneNumbersAsync(phoneNumber, ct));
    public IAsyncEnumerable<IncomingNumber> ListSubaccountPhoneNumbersAsync(string accountSid, CancellationToken ct) => Count(_inner.ListSubaccountPhoneNumbersAsync(accountSid, ct));
    public Task<IncomingNumber> FetchIncomingPhoneNumberAsync(string phoneNumberSid, CancellationToken ct) => Count(_inner.FetchIncomingPhoneNumberAsync(phoneNumberSid, ct));
    public IAsyncEnumerable<TwilioAccount> ListAccountsAsync(CancellationToken ct) => Count(_inner.ListAccountsAsync(ct));
    public Task<TrustHubBundle> FetchAssignableProfileAsync(string profileSid, CancellationToken ct) => Count(_inner.FetchAssignableProfileAsync(profileSid, ct));
    public Task<TrustHubAddress> CreateAddressAsync(BusinessProfileAddress address, string friendlyName, CancellationToken ct) => Count(_inner.CreateAddressAsync(address, friendlyName, ct));
    public IAsyncEnumerable<TrustHubAddress> ListAddressesAsync(CancellationToken ct) => Count(_inner.ListAddressesAsync(ct));
    public Task<TrustHubSupportingDocument> CreateSupportingDocumentAsync(string type, string friendlyName, string attributesJson, CancellationToken ct) => Count(_inner.CreateSupportingDocumentAsync(type, friendlyName, attributesJson, ct));
    public IAsyncEnumerable<TrustHubSupportingDocument> ListSupportingDocumentsAsync(CancellationToken ct) => Count(_inner.ListSupportingDocumentsAsync(ct));
    public Task<TrustHubSupportingDocument> FetchSupportingDocumentAsync(string documentSid, CancellationToken ct) => Count(_inner.FetchSupportingDocumentAsync(documentSid, ct));
}
