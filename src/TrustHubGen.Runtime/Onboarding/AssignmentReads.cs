using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// Reads which numbers a bundle holds only where it is needed: a bundle's ChannelEndpointAssignments list pages in order (each
/// page names the next: 1,000 round trips in a row for a million numbers on a profile), so when its first page is full, the
/// requested numbers are looked up instead, through Trust Hub's <c>ChannelEndpointSids</c> filter, <see cref="SidsPerRead"/>
/// at a time and all at once. The answers are used only to ask whether a requested number is assigned, so nothing else is lost.
/// </summary>
internal static class AssignmentReads
{
    /// <summary>Channel endpoint SIDs named in one filtered read: 100 SIDs make a query of 3.5 KB, well within any URL limit.</summary>
    internal const int SidsPerRead = 100;

    /// <summary>
    /// The bundle's assignments on its list's first page, and whether that was the whole list (a page that is not full). A full
    /// first page is not paged on: <see cref="AssignedAsync"/> answers for the numbers that matter.
    /// </summary>
    public static async Task<(HashSet<string> Assigned, bool Whole)> FirstPageAsync(ITrustHubOperations ops, OnboardingBundleKind kind, string bundleSid, CancellationToken ct)
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        var read = 0;
        await foreach (var assignment in ops.ListChannelEndpointAssignmentsAsync(kind, bundleSid, ct).ConfigureAwait(false))
        {
            assigned.Add(assignment.ChannelEndpointSid);
            // Stop before asking for the next page: the page size's worth read means there may be more.
            if (++read == TrustHubRestOperations.PageSize) return (assigned, false);
        }
        return (assigned, true);
    }

    /// <summary>Which of <paramref name="sids"/> are assigned to the bundle: filtered reads of <see cref="SidsPerRead"/> SIDs, at most <paramref name="concurrency"/> at once.</summary>
    public static async Task<HashSet<string>> AssignedAsync(ITrustHubOperations ops, OnboardingBundleKind kind, string bundleSid, IEnumerable<string> sids, int concurrency, CancellationToken ct)
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal);
        using var gate = new SemaphoreSlim(Math.Max(1, concurrency));
        async Task ReadAsync(string[] batch)
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                await foreach (var assignment in ops.ListChannelEndpointAssignmentsAsync(kind, bundleSid, batch, ct).ConfigureAwait(false))
                {
                    lock (assigned) assigned.Add(assignment.ChannelEndpointSid);
                }
            }
            finally
            {
                gate.Release();
            }
        }
        await Task.WhenAll(sids.Distinct(StringComparer.Ordinal).Chunk(SidsPerRead).Select(ReadAsync)).ConfigureAwait(false);
        return assigned;
    }

    /// <summary>The assignments of <paramref name="all"/> whose channel endpoint is one of <paramref name="sids"/> (an implementation without the filter).</summary>
    internal static async IAsyncEnumerable<ChannelEndpointAssignment> Only(IAsyncEnumerable<ChannelEndpointAssignment> all, IReadOnlyCollection<string> sids, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var wanted = new HashSet<string>(sids, StringComparer.Ordinal);
        await foreach (var assignment in all.WithCancellation(ct).ConfigureAwait(false))
        {
            if (wanted.Contains(assignment.ChannelEndpointSid)) yield return assignment;
        }
    }
}
