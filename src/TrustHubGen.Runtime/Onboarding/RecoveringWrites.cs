using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The engine's and the Business Profile onboarder's single writes, each found again in the service's state instead of
/// repeated when its answer is lost (<see cref="LostAnswers"/>): by the same keys discovery uses to resume after a crash
/// (policy and friendly name, the assigned object, type, name and attributes). Number assignments are recovered in
/// batches by <see cref="OnboardingRunner"/>.
/// </summary>
internal sealed class RecoveringWrites(OperationCounter ops, CancellationToken ct)
{
    private static readonly object Done = new();
    private int _recovered;

    /// <summary>Lost answers dealt with so far (found in the state or written again).</summary>
    public int Recovered => Volatile.Read(ref _recovered);

    /// <summary>Counts one lost answer dealt with by a caller's own recovery (the number batches).</summary>
    public void CountRecovered(int count = 1) => Interlocked.Add(ref _recovered, count);

    public Task<TrustHubBundle> CreateBundleAsync(OnboardingBundleKind kind, string policySid, string friendlyName, string email, string? statusCallback) =>
        WriteAsync(() => ops.CreateBundleAsync(kind, policySid, friendlyName, email, statusCallback, ct),
            () => FirstAsync(ops.ListBundlesAsync(kind, policySid, ct), b => b.FriendlyName == friendlyName && b.PolicySid == policySid));

    /// <summary>Assigns an object to a bundle; already assigned (a 409, or found after a lost answer) is done.</summary>
    public Task AssignEntityAsync(OnboardingBundleKind kind, string bundleSid, string objectSid) =>
        WriteAsync(async () => await LostAnswers.AcceptConflictAsync(() => ops.CreateEntityAssignmentAsync(kind, bundleSid, objectSid, ct)).ConfigureAwait(false) ?? Done,
            async () => await FirstAsync(ops.ListEntityAssignmentsAsync(kind, bundleSid, ct), e => e.ObjectSid == objectSid).ConfigureAwait(false) is null ? null : Done);

    /// <summary>Creates an end user and returns its SID.</summary>
    public async Task<string> CreateEndUserAsync(string type, string friendlyName, string attributesJson) =>
        (await WriteAsync(() => ops.CreateEndUserAsync(type, friendlyName, attributesJson, ct),
            () => FirstAsync(ops.ListEndUsersAsync(ct), u => u.Type == type && u.FriendlyName == friendlyName && EndUserAttributeJson.IsHeldBy(attributesJson, u.Attributes)))
            .ConfigureAwait(false)).Sid;

    /// <summary>Replaces an end user's attributes; the same values again change nothing, so a lost answer is simply written again.</summary>
    public Task<TrustHubEndUser> UpdateEndUserAsync(string endUserSid, string attributesJson) =>
        WriteAsync(() => ops.UpdateEndUserAsync(endUserSid, attributesJson, ct), find: null);

    // An evaluation changes nothing in the bundle, so after a lost answer it is simply asked for again.
    public Task<TrustHubEvaluation> EvaluateAsync(OnboardingBundleKind kind, string bundleSid, string policySid) =>
        WriteAsync(() => ops.CreateEvaluationAsync(kind, bundleSid, policySid, ct), find: null);

    /// <summary>Submits the bundle (<c>pending-review</c>); a bundle found in review or approved after a lost answer was submitted.</summary>
    public Task<TrustHubBundle> SubmitAsync(OnboardingBundleKind kind, string bundleSid) =>
        WriteAsync(() => ops.UpdateBundleStatusAsync(kind, bundleSid, "pending-review", ct),
            async () => await ops.FetchBundleAsync(kind, bundleSid, ct).ConfigureAwait(false) is { Status: "pending-review" or "in-review" or "twilio-approved" } bundle ? bundle : null);

    /// <summary>Creates an API 2010 Address and returns its SID; one holding exactly these fields is the one a lost answer created.</summary>
    public async Task<string> CreateAddressAsync(BusinessProfileAddress address, string friendlyName) =>
        (await WriteAsync(() => ops.CreateAddressAsync(address, friendlyName, ct), () => FirstAsync(ops.ListAddressesAsync(ct), address.Matches)).ConfigureAwait(false)).Sid;

    /// <summary>Creates a supporting document and returns its SID; <paramref name="isIt"/> recognises it after a lost answer.</summary>
    public async Task<string> CreateSupportingDocumentAsync(string type, string friendlyName, string attributesJson, Func<TrustHubSupportingDocument, bool> isIt) =>
        (await WriteAsync(() => ops.CreateSupportingDocumentAsync(type, friendlyName, attributesJson, ct),
            () => FirstAsync(ops.ListSupportingDocumentsAsync(ct), d => d.Type == type && d.FriendlyName == friendlyName && isIt(d))).ConfigureAwait(false)).Sid;

    private Task<T> WriteAsync<T>(Func<Task<T>> write, Func<Task<T?>>? find)
        where T : class =>
        LostAnswers.WriteAsync(write, find, () => CountRecovered(), ct);

    private async Task<T?> FirstAsync<T>(IAsyncEnumerable<T> items, Func<T, bool> match)
        where T : class
    {
        await foreach (var item in items.WithCancellation(ct).ConfigureAwait(false))
        {
            if (match(item)) return item;
        }
        return null;
    }
}
