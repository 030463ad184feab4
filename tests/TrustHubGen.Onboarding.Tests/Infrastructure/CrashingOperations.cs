using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Onboarding.Tests.Infrastructure;

/// <summary>
/// Every operation, Business Profile ones included: the process "dies" at write <c>crashAtWrite</c>, before the call
/// (nothing happened) or after it (the answer was lost), and every later call fails too. Counts writes when it never crashes.
/// </summary>
internal sealed class CrashingOperations(ITrustHubOperations inner, int crashAtWrite, bool afterCall) : ITrustHubOperations
{
    private int _writes;
    private volatile bool _crashed;

    public bool Crashed => _crashed;

    public int Writes => _writes;

    private async Task<T> Write<T>(Func<Task<T>> call)
    {
        if (_crashed) throw new SimulatedCrashException();
        var n = Interlocked.Increment(ref _writes);
        if (n == crashAtWrite && !afterCall)
        {
            _crashed = true;
            throw new SimulatedCrashException();
        }
        var result = await call();
        if (n == crashAtWrite)
        {
            _crashed = true;
            throw new SimulatedCrashException();
        }
        return result;
    }

    private IAsyncEnumerable<T> Read<T>(IAsyncEnumerable<T> items) => _crashed ? throw new SimulatedCrashException() : items;

    private Task<T> Read<T>(Task<T> item) => _crashed ? throw new SimulatedCrashException() : item;

    public IAsyncEnumerable<TrustHubBundle> ListBundlesAsync(OnboardingBundleKind kind, string policySid, CancellationToken ct) => Read(inner.ListBundlesAsync(kind, policySid, ct));
    public Task<TrustHubBundle> FetchBundleAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) => Read(inner.FetchBundleAsync(kind, bundleSid, ct));
    public Task<TrustHubBundle> CreateBundleAsync(OnboardingBundleKind kind, string policySid, string friendlyName, string email, string? statusCallback, CancellationToken ct) => Write(() => inner.CreateBundleAsync(kind, policySid, friendlyName, email, statusCallback, ct));
    public Task<TrustHubBundle> UpdateBundleStatusAsync(OnboardingBundleKind kind, string bundleSid, string status, CancellationToken ct) => Write(() => inner.UpdateBundleStatusAsync(kind, bundleSid, status, ct));
    public IAsyncEnumerable<ChannelEndpointAssignment> ListChannelEndpointAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) => Read(inner.ListChannelEndpointAssignmentsAsync(kind, bundleSid, ct));
    public Task<ChannelEndpointAssignment> CreateChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string type, string endpointSid, CancellationToken ct) => Write(() => inner.CreateChannelEndpointAssignmentAsync(kind, bundleSid, type, endpointSid, ct));
    public Task DeleteChannelEndpointAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken ct) => Write(async () => { await inner.DeleteChannelEndpointAssignmentAsync(kind, bundleSid, assignmentSid, ct); return 0; });
    public IAsyncEnumerable<EntityAssignment> ListEntityAssignmentsAsync(OnboardingBundleKind kind, string bundleSid, CancellationToken ct) => Read(inner.ListEntityAssignmentsAsync(kind, bundleSid, ct));
    public Task<EntityAssignment> CreateEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string objectSid, CancellationToken ct) => Write(() => inner.CreateEntityAssignmentAsync(kind, bundleSid, objectSid, ct));
    public Task DeleteEntityAssignmentAsync(OnboardingBundleKind kind, string bundleSid, string assignmentSid, CancellationToken ct) => Write(async () => { await inner.DeleteEntityAssignmentAsync(kind, bundleSid, assignmentSid, ct); return 0; });
    public Task<TrustHubEndUser> CreateEndUserAsync(string type, string friendlyName, string attributesJson, CancellationToken ct) => Write(() => inner.CreateEndUserAsync(type, friendlyName, attributesJson, ct));
    public IAsyncEnumerable<TrustHubEndUser> ListEndUsersAsync(CancellationToken ct) => Read(inner.ListEndUsersAsync(ct));
    public Task<TrustHubEndUser> FetchEndUserAsync(string endUserSid, CancellationToken ct) => Read(inner.FetchEndUserAsync(endUserSid, ct));
    public Task<TrustHubEndUser> UpdateEndUserAsync(string endUserSid, string attributesJson, CancellationToken ct) => Write(() => inner.UpdateEndUserAsync(endUserSid, attributesJson, ct));
    public Task DeleteEndUserAsync(string endUserSid, CancellationToken ct) => Write(async () => { await inner.DeleteEndUserAsync(endUserSid, ct); return 0; });
    public Task<TrustHubEvaluation> CreateEvaluationAsync(OnboardingBundleKind kind, string bundleSid, string policySid, CancellationToken ct) => Write(() => inner.CreateEvaluationAsync(kind, bundleSid, policySid, ct));
    public IAsyncEnumerable<IncomingNumber> ListIncomingPhoneNumbersAsync(string? phoneNumber, CancellationToken ct) => Read(inner.ListIncomingPhoneNumbersAsync(phoneNumber, ct));
    public IAsyncEnumerable<IncomingNumber> ListSubaccountPhoneNumbersAsync(string accountSid, CancellationToken ct) => Read(inner.ListSubaccountPhoneNumbersAsync(accountSid, ct));
    public Task<IncomingNumber> FetchIncomingPhoneNumberAsync(string phoneNumberSid, CancellationToken ct) => Read(inner.FetchIncomingPhoneNumberAsync(phoneNumberSid, ct));
    public IAsyncEnumerable<TwilioAccount> ListAccountsAsync(CancellationToken ct) => Read(inner.ListAccountsAsync(ct));
    public Task<TrustHubBundle> FetchAssignableProfileAsync(string profileSid, CancellationToken ct) => Read(inner.FetchAssignableProfileAsync(profileSid, ct));
    public Task<TrustHubAddress> CreateAddressAsync(BusinessProfileAddress address, string friendlyName, CancellationToken ct) => Write(() => inner.CreateAddressAsync(address, friendlyName, ct));
    public IAsyncEnumerable<TrustHubAddress> ListAddressesAsync(CancellationToken ct) => Read(inner.ListAddressesAsync(ct));
    public Task<TrustHubSupportingDocument> CreateSupportingDocumentAsync(string type, string friendlyName, string attributesJson, CancellationToken ct) => Write(() => inner.CreateSupportingDocumentAsync(type, friendlyName, attributesJson, ct));
    public IAsyncEnumerable<TrustHubSupportingDocument> ListSupportingDocumentsAsync(CancellationToken ct) => Read(inner.ListSupportingDocumentsAsync(ct));
    public Task<TrustHubSupportingDocument> FetchSupportingDocumentAsync(string documentSid, CancellationToken ct) => Read(inner.FetchSupportingDocumentAsync(documentSid, ct));
}

internal sealed class SimulatedCrashException() : Exception("simulated crash");
