using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime.Onboarding.Profiles;

/// <summary>The calls Business Profile onboarding makes, counted by operation (a list counts once however many pages it has).</summary>
internal sealed class ProfileCalls(ITrustHubOperations inner)
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);

    private T Count<T>(T value, [CallerMemberName] string name = "")
    {
        _counts.AddOrUpdate(name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name, 1, (_, n) => n + 1);
        return value;
    }

    private const OnboardingBundleKind Profile = OnboardingBundleKind.CustomerProfile;

    public IAsyncEnumerable<TrustHubBundle> ListBundlesAsync(string policySid, CancellationToken ct) => Count(inner.ListBundlesAsync(Profile, policySid, ct));
    public Task<TrustHubBundle> FetchBundleAsync(string sid, CancellationToken ct) => Count(inner.FetchBundleAsync(Profile, sid, ct));
    public Task<TrustHubBundle> FetchAssignableProfileAsync(string sid, CancellationToken ct) => Count(inner.FetchAssignableProfileAsync(sid, ct));
    public Task<TrustHubBundle> CreateBundleAsync(string policySid, string friendlyName, string email, string? callback, CancellationToken ct) => Count(inner.CreateBundleAsync(Profile, policySid, friendlyName, email, callback, ct));
    public Task<TrustHubBundle> UpdateBundleStatusAsync(string sid, string status, CancellationToken ct) => Count(inner.UpdateBundleStatusAsync(Profile, sid, status, ct));
    public IAsyncEnumerable<EntityAssignment> ListEntityAssignmentsAsync(string sid, CancellationToken ct) => Count(inner.ListEntityAssignmentsAsync(Profile, sid, ct));
    public Task<EntityAssignment> CreateEntityAssignmentAsync(string sid, string objectSid, CancellationToken ct) => Count(inner.CreateEntityAssignmentAsync(Profile, sid, objectSid, ct));
    public Task<TrustHubEndUser> CreateEndUserAsync(string type, string friendlyName, string attributesJson, CancellationToken ct) => Count(inner.CreateEndUserAsync(type, friendlyName, attributesJson, ct));
    public IAsyncEnumerable<TrustHubEndUser> ListEndUsersAsync(CancellationToken ct) => Count(inner.ListEndUsersAsync(ct));
    public Task<TrustHubEndUser> FetchEndUserAsync(string sid, CancellationToken ct) => Count(inner.FetchEndUserAsync(sid, ct));
    public Task<TrustHubEvaluation> CreateEvaluationAsync(string sid, string policySid, CancellationToken ct) => Count(inner.CreateEvaluationAsync(Profile, sid, policySid, ct));
    public Task<TrustHubAddress> CreateAddressAsync(BusinessProfileAddress address, string friendlyName, CancellationToken ct) => Count(inner.CreateAddressAsync(address, friendlyName, ct));
    public IAsyncEnumerable<TrustHubAddress> ListAddressesAsync(CancellationToken ct) => Count(inner.ListAddressesAsync(ct));
    public Task<TrustHubSupportingDocument> CreateSupportingDocumentAsync(string type, string friendlyName, string attributesJson, CancellationToken ct) => Count(inner.CreateSupportingDocumentAsync(type, friendlyName, attributesJson, ct));
    public IAsyncEnumerable<TrustHubSupportingDocument> ListSupportingDocumentsAsync(CancellationToken ct) => Count(inner.ListSupportingDocumentsAsync(ct));
    public Task<TrustHubSupportingDocument> FetchSupportingDocumentAsync(string sid, CancellationToken ct) => Count(inner.FetchSupportingDocumentAsync(sid, ct));
}
