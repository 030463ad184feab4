using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// Reads the account's IncomingPhoneNumbers that a request names in E.164 by partitions, all at once, instead of the whole
/// list one page after the other (each page of API 2010's list names the next: 1,000 round trips in a row at a million
/// numbers). API 2010's <c>PhoneNumber</c> filter takes partial numbers (Twilio's spec: "You can specify partial numbers"),
/// so each partition is a prefix that starts with <c>+</c> (a match inside the E.164 text can only be at its start): the
/// requested numbers, sorted, are split by their next digit until a group holds at most <see cref="PartitionSize"/>, and
/// each group is read under its longest common prefix, so only the parts of the account that hold requested numbers are read.
/// <list type="bullet">
/// <item>Each partition still pages in order; the partitions go out together, at most the run's <c>MaxConcurrency</c> at once
/// (the transport's per-account gate bounds them further).</item>
/// <item>A partition that turns out to hold far more of the account's numbers than it has requested ones (more than twice
/// as many plus a page) stops and is read again as smaller partitions with longer prefixes: a few requested numbers in a
/// crowded part of a big account cost a page or two, not that part's whole list.</item>
/// <item>A number is kept only when it starts with its partition's prefix: a service that matched partial numbers anywhere
/// in the number would cost reads, never a wrong answer. A requested number no partition held is decided by the caller
/// (fetched by the exact filter, or the whole list read), so a service that did not take partial numbers at all could not
/// make the engine refuse a number the account holds.</item>
/// </list>
/// </summary>
internal static class PartitionedNumberReads
{
    /// <summary>Requested numbers per partition at most: one page when the account holds no others under its prefix.</summary>
    internal const int PartitionSize = TrustHubRestOperations.PageSize;

    /// <summary>A prefix and the requested numbers under it: <c>Sorted[Start..Start+Count]</c>.</summary>
    internal readonly record struct Partition(string Prefix, int Start, int Count);

    /// <summary>The partitions of <paramref name="sorted"/> (distinct E.164 numbers in ordinal order), at most <paramref name="size"/> numbers each.</summary>
    internal static List<Partition> Plan(IReadOnlyList<string> sorted, int size)
    {
        var partitions = new List<Partition>();
        if (sorted.Count > 0) Split(sorted, 0, sorted.Count, 0, size, partitions);
        return partitions;
    }

    /// <summary>
    /// Reads the partitions of <paramref name="e164"/> (valid, distinct E.164 numbers), at most <paramref name="concurrency"/>
    /// at once, handing every number of the account found under them to <paramref name="found"/> (from several threads at once:
    /// it locks what it needs), which answers true once it has all it wants: no partition is read further then. Returns the
    /// partitions read, smaller ones read again included.
    /// </summary>
    public static Task<int> ReadAsync(ITrustHubOperations ops, IEnumerable<string> e164, int concurrency, Func<IncomingNumber, bool> found, CancellationToken ct)
    {
        var sorted = e164.Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        return ReadPartitionsAsync(ops, Plan(sorted, PartitionSize), concurrency, found,
            // A lone number's partition is its exact number: nothing smaller to read instead.
            partition => partition.Count == 1 ? long.MaxValue : (2L * partition.Count) + PartitionSize,
            // Crowded with numbers nobody asked for: read its requested numbers under longer prefixes instead.
            (partition, _) =>
            {
                var smaller = new List<Partition>();
                Split(sorted, partition.Start, partition.Start + partition.Count, partition.Prefix.Length, Math.Max(1, partition.Count / 10), smaller);
                return smaller;
            }, ct);
    }

    /// <summary>The longest E.164 text: <c>+</c> and 15 digits. A prefix this long is one number: nothing to split.</summary>
    internal const int MaxE164Length = 16;

    /// <summary>
    /// The first partitions of the whole account, for numbers whose E.164 values are unknown (named by SID): every E.164
    /// number starts with <c>+1</c> to <c>+9</c>, and <c>+1</c> (the US and Canada, most of an account's numbers on Twilio) is
    /// read at once as <c>+10</c> to <c>+19</c>, which saves a round trip and a page whenever it holds more than a page.
    /// </summary>
    internal static IEnumerable<Partition> WholeAccount() => Digits("+1").Concat(Enumerable.Range(2, 8).Select(d => new Partition("+" + (char)('0' + d), 0, 0)));

    /// <summary>
    /// The ten partitions under <paramref name="prefix"/>, one digit longer (none when it is already a whole number). A number
    /// that is the prefix itself is under none of them: it was on the prefix's first page or the caller's fallback finds it.
    /// </summary>
    internal static List<Partition> Digits(string prefix) =>
        prefix.Length >= MaxE164Length ? new List<Partition>() : Enumerable.Range(0, 10).Select(d => new Partition(prefix + (char)('0' + d), 0, 0)).ToList();

    /// <summary>
    /// Reads the whole account's IncomingPhoneNumbers by partitions at once, for numbers named by SID (where they are is unknown):
    /// <c>+10</c> to <c>+19</c> and <c>+2</c> to <c>+9</c> together (<see cref="WholeAccount"/>), and a partition whose first page is full is not paged on (each page names the next) but
    /// read again as its ten partitions one digit longer, so each level costs a round trip and a page, not a walk.
    /// <paramref name="found"/> gets every number found (from several threads at once) and answers true once it has all it
    /// wants: no partition is read further then. A partition whose answer holds a number not under its prefix (a service that
    /// matches partial numbers otherwise) is not split: the caller's fallback decides what it did not find. Returns the
    /// partitions read.
    /// </summary>
    public static Task<int> ReadAllAsync(ITrustHubOperations ops, int concurrency, Func<IncomingNumber, bool> found, CancellationToken ct) =>
        ReadPartitionsAsync(ops, WholeAccount(), concurrency, found,
            // Split at a full first page (it would name the next); a whole number's partition pages on.
            partition => partition.Prefix.Length >= MaxE164Length ? long.MaxValue : PartitionSize - 1,
            (partition, allUnderPrefix) => allUnderPrefix ? Digits(partition.Prefix) : new List<Partition>(), ct);

    // Reads `first` at most `concurrency` at once. A partition that reads more than its budget stops (before asking for the next
    // page) and its smaller partitions (given whether every number it read was under its prefix) are read instead. Numbers not
    // under a partition's prefix are never handed to `found`; once `found` answers true, nothing more is read.
    private static async Task<int> ReadPartitionsAsync(ITrustHubOperations ops, IEnumerable<Partition> first, int concurrency, Func<IncomingNumber, bool> found,
        Func<Partition, long> budget, Func<Partition, bool, List<Partition>> smallerOf, CancellationToken ct)
    {
        using var gate = new SemaphoreSlim(Math.Max(1, concurrency));
        var reads = 0;
        var done = false;

        async Task ReadPartitionAsync(Partition partition)
        {
            List<Partition>? smaller = null;
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                if (Volatile.Read(ref done)) return;
                Interlocked.Increment(ref reads);
                var limit = budget(partition);
                var read = 0L;
                var allUnderPrefix = true;
                await foreach (var number in ops.ListIncomingPhoneNumbersAsync(partition.Prefix, ct).ConfigureAwait(false))
                {
                    if (!number.PhoneNumber.StartsWith(partition.Prefix, StringComparison.Ordinal)) allUnderPrefix = false;
                    else if (found(number)) Volatile.Write(ref done, true);
                    if (Volatile.Read(ref done)) break;
                    if (++read > limit)
                    {
                        smaller = smallerOf(partition, allUnderPrefix);
                        break;
                    }
                }
            }
            finally
            {
                gate.Release();
            }
            if (smaller is { Count: > 0 }) await Task.WhenAll(smaller.Select(ReadPartitionAsync)).ConfigureAwait(false);
        }

        await Task.WhenAll(first.Select(ReadPartitionAsync)).ConfigureAwait(false);
        return reads;
    }

    // [start, end) of sorted share their first `depth` characters. A group small enough is one partition under its longest
    // common prefix; a larger one is split by the character at `depth` (runs of it are contiguous in ordinal order).
    private static void Split(IReadOnlyList<string> sorted, int start, int end, int depth, int size, List<Partition> into)
    {
        if (end - start <= size)
        {
            into.Add(new Partition(CommonPrefix(sorted[start], sorted[end - 1]), start, end - start));
            return;
        }
        var i = start;
        while (i < end)
        {
            if (sorted[i].Length <= depth)
            {
                // A number that is the group's prefix itself (numbers of different lengths): its own partition. It overlaps its
                // longer neighbours' partitions, which costs a read, never a wrong answer (numbers are kept by SID).
                into.Add(new Partition(sorted[i], i, 1));
                i++;
                continue;
            }
            var c = sorted[i][depth];
            var j = i + 1;
            while (j < end && sorted[j].Length > depth && sorted[j][depth] == c) j++;
            Split(sorted, i, j, depth + 1, size, into);
            i = j;
        }
    }

    // Of the first and last of a sorted run: the longest prefix of all of them.
    private static string CommonPrefix(string first, string last)
    {
        var n = 0;
        var max = Math.Min(first.Length, last.Length);
        while (n < max && first[n] == last[n]) n++;
        return first.Substring(0, n);
    }
}
