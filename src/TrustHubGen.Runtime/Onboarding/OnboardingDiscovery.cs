using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TrustHubGen.Policies;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>A requested number with its SID and E.164 form.</summary>
internal sealed record ResolvedNumber(string Input, string Sid, string PhoneNumber);

/// <summary>What the service holds for one policy's product.</summary>
internal sealed class DiscoveredProduct
{
    public required OnboardingPolicy Policy { get; init; }
    public required string FriendlyName { get; init; }
    public TrustHubBundle? Bundle { get; set; }
    public HashSet<string> NumberSids { get; } = new(StringComparer.Ordinal);

    /// <summary>False when the product's assignments were more than a page: <see cref="NumberSids"/> then holds the requested numbers it holds, not all.</summary>
    public bool NumberSidsWhole { get; set; } = true;
    public bool HasProfile { get; set; }
    public List<DiscoveredEndUser> EndUsers { get; } = new();
    public List<ResolvedNumber> Accepted { get; } = new();

    /// <summary>How many of the requested numbers this product accepts it already holds.</summary>
    public int AssignedCount => Accepted.Count(n => NumberSids.Contains(n.Sid));

    /// <summary>A product that does not exist yet and would get no number is not created.</summary>
    public bool IsSkipped => Bundle is null && Accepted.Count == 0 && Policy.ChannelEndpoints is not null;

    public bool IsLocked => Bundle is { Status: "pending-review" or "in-review" or "twilio-approved" };
    public bool CanTakeNumbers => !IsLocked || Policy.ChannelEndpoints is { AllowedAfterSubmission: true };
}

/// <summary>One end user a product needs: the one assigned, else one from an earlier run to reuse, else one to create.</summary>
internal sealed class DiscoveredEndUser
{
    public required EndUserRule Rule { get; init; }
    public required string FriendlyName { get; init; }
    public required string AttributesJson { get; init; }
    public string? AssignedSid { get; set; }
    public string? ReusableSid { get; set; }

    /// <summary>The assigned end user lacks some of the run's values (names of the attributes that differ); null when it holds them all.</summary>
    public IReadOnlyList<string>? Outdated { get; set; }

    /// <summary>Records the end user found on the bundle, and which of the run's values it does not hold.</summary>
    public void Assign(TrustHubEndUser endUser)
    {
        AssignedSid = endUser.Sid;
        var differing = EndUserAttributeJson.Differing(AttributesJson, endUser.Attributes);
        Outdated = differing.Count == 0 ? null : differing;
    }
}

/// <summary>The account's current state as far as one request is concerned; read-only calls only.</summary>
internal sealed class OnboardingDiscovery
{
    public List<ResolvedNumber> Numbers { get; } = new();
    public HashSet<string> OnProfile { get; } = new(StringComparer.Ordinal);
    public List<DiscoveredProduct> Products { get; } = new();
    public List<RefusedNumber> Refused { get; } = new();
    public List<string> Warnings { get; } = new();

    /// <summary>Why a submitted product refuses a number, and the way out (the CLI words the option its own way).</summary>
    public static string NoNumbersAfterSubmission(OnboardingPolicy policy) =>
        $"policy {policy.Name} takes numbers only before submission; use another Options.FriendlyNamePrefix for a new product.";

    public static string ProductName(OnboardingRequest request, OnboardingPolicy policy) =>
        $"{request.Options.FriendlyNamePrefix} {policy.Name} {request.BusinessProfileSid}";

    public static async Task<OnboardingDiscovery> ReadAsync(ITrustHubOperations ops, OnboardingRequest request, CancellationToken ct)
    {
        var found = new OnboardingDiscovery();
        // The reads do not depend on each other: they go out together (each list still pages in order, each page naming the
        // next), so reading the state costs the longest list, not the sum of them.
        var profile = ReadProfileAsync(ops, request, ct);
        var accountNumbers = ReadAccountNumbersAsync(ops, request, ct);
        var products = request.Policies.Select(policy => DiscoverProductAsync(ops, request, policy, ct)).ToList();
        await Task.WhenAll(products.Cast<Task>().Append(profile).Append(accountNumbers)).ConfigureAwait(false);

        var (onProfile, profileWhole) = await profile.ConfigureAwait(false);
        found.OnProfile.UnionWith(onProfile);
        var (bySid, byE164) = await accountNumbers.ConfigureAwait(false);
        await found.ResolveNumbersAsync(ops, request, bySid, byE164, ct).ConfigureAwait(false);
        foreach (var task in products)
        {
            var (product, warnings) = await task.ConfigureAwait(false);
            found.Products.Add(product);
            found.Warnings.AddRange(warnings);
        }
        await found.ReadRequestedAssignmentsAsync(ops, request, profileWhole, ct).ConfigureAwait(false);
        found.DecideNumbers(request);
        return found;
    }

    private static async Task<(HashSet<string> OnProfile, bool Whole)> ReadProfileAsync(ITrustHubOperations ops, OnboardingRequest request, CancellationToken ct)
    {
        // A request for the profile's numbers needs them all; any other, only whether its numbers are there (a full first page
        // is not paged on: ReadRequestedAssignmentsAsync looks them up).
        if (!request.Numbers.EveryOnProfile) return await AssignmentReads.FirstPageAsync(ops, OnboardingBundleKind.CustomerProfile, request.BusinessProfileSid, ct).ConfigureAwait(false);
        var onProfile = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var assignment in ops.ListChannelEndpointAssignmentsAsync(OnboardingBundleKind.CustomerProfile, request.BusinessProfileSid, ct).ConfigureAwait(false))
            onProfile.Add(assignment.ChannelEndpointSid);
        return (onProfile, true);
    }

    // The profile's and the products' assignment lists that were more than a page: only the requested numbers are looked up,
    // all at once, instead of paging on through lists that may hold a million numbers.
    private async Task ReadRequestedAssignmentsAsync(ITrustHubOperations ops, OnboardingRequest request, bool profileWhole, CancellationToken ct)
    {
        var sids = Numbers.Select(n => n.Sid).ToList();
        var reads = new List<Task>();
        if (!profileWhole)
        {
            reads.Add(Task.Run(async () =>
            {
                var assigned = await AssignmentReads.AssignedAsync(ops, OnboardingBundleKind.CustomerProfile, request.BusinessProfileSid, sids.Where(s => !OnProfile.Contains(s)), request.Options.MaxConcurrency, ct).ConfigureAwait(false);
                OnProfile.UnionWith(assigned);
            }, ct));
        }
        foreach (var product in Products.Where(p => !p.NumberSidsWhole))
        {
            reads.Add(Task.Run(async () =>
            {
                var assigned = await AssignmentReads.AssignedAsync(ops, product.Policy.Kind, product.Bundle!.Sid, sids.Where(s => !product.NumberSids.Contains(s)), request.Options.MaxConcurrency, ct).ConfigureAwait(false);
                product.NumberSids.UnionWith(assigned);
            }, ct));
        }
        await Task.WhenAll(reads).ConfigureAwait(false);
    }

    /// <summary>
    /// Requested numbers fetched one by one rather than paging on through the account's list: when the first page of API 2010's
    /// IncomingPhoneNumbers did not hold them all and at most this many are left, they are fetched together (by SID, or by the
    /// list's exact <c>PhoneNumber</c> filter), one round trip for all of them, instead of the list's remaining pages one after
    /// the other (each names the next: 1,000 round trips at a million numbers). At most this many calls more than the floor.
    /// </summary>
    internal const int MaxNumbersFetchedOneByOne = 100;

    // After this many numbers from the list (its first page at TrustHubRestOperations' page size), the rest is decided.
    private const int FirstPage = TrustHubRestOperations.PageSize;

    private static async Task<(Dictionary<string, IncomingNumber> BySid, Dictionary<string, IncomingNumber> ByE164)> ReadAccountNumbersAsync(ITrustHubOperations ops, OnboardingRequest request, CancellationToken ct)
    {
        var bySid = new Dictionary<string, IncomingNumber>(StringComparer.Ordinal);
        var byE164 = new Dictionary<string, IncomingNumber>(StringComparer.Ordinal);
        void Add(IncomingNumber number)
        {
            bySid[number.Sid] = number;
            byE164[number.PhoneNumber] = number;
        }

        if (!request.Numbers.EveryOnProfile)
        {
            // Many numbers: read the account by prefix partitions at once (PartitionedNumberReads), where the numbers are when
            // they are named in E.164, the whole account (split where crowded) when they are named by SID; done when all are found.
            var bySidNamed = request.Numbers.BySid;
            var wanted = request.Numbers.Values
                .Where(n => bySidNamed ? SidFormat.Check(n, "PN", "Phone number SID") is null : PhoneNumberFacts.Problem(n) is null)
                .Distinct(StringComparer.Ordinal).ToList();
            if (wanted.Count > MaxNumbersFetchedOneByOne)
            {
                var left = new HashSet<string>(wanted, StringComparer.Ordinal);
                var gate = new object();
                bool Found(IncomingNumber number)
                {
                    lock (gate)
                    {
                        Add(number);
                        left.Remove(bySidNamed ? number.Sid : number.PhoneNumber);
                        return left.Count == 0;
                    }
                }
                if (bySidNamed) await PartitionedNumberReads.ReadAllAsync(ops, request.Options.MaxConcurrency, Found, ct).ConfigureAwait(false);
                else await PartitionedNumberReads.ReadAsync(ops, wanted, request.Options.MaxConcurrency, Found, ct).ConfigureAwait(false);
                if (left.Count <= MaxNumbersFetchedOneByOne)
                {
                    // Not under any partition: another account's (the subaccounts are looked at later), or a service that
                    // matches partial numbers otherwise: fetching them (by SID, or by the exact filter) decides.
                    var fetched = await Task.WhenAll(left.Select(n => FetchNumberAsync(ops, n, bySidNamed, ct))).ConfigureAwait(false);
                    foreach (var number in fetched) if (number is not null) Add(number);
                    return (bySid, byE164);
                }
                // Many not found under the partitions: the whole list decides, page after page, as before.
            }
        }

        var read = 0;
        await using var items = ops.ListIncomingPhoneNumbersAsync(null, ct).GetAsyncEnumerator(ct);
        while (true)
        {
            if (read == FirstPage && !request.Numbers.EveryOnProfile)
            {
                var missing = request.Numbers.Values.Where(n => !bySid.ContainsKey(n) && !byE164.ContainsKey(n)).Distinct(StringComparer.Ordinal).ToList();
                if (missing.Count <= MaxNumbersFetchedOneByOne)
                {
                    var fetched = await Task.WhenAll(missing.Select(n => FetchNumberAsync(ops, n, request.Numbers.BySid, ct))).ConfigureAwait(false);
                    foreach (var number in fetched) if (number is not null) Add(number);
                    return (bySid, byE164);
                }
            }
            if (!await items.MoveNextAsync().ConfigureAwait(false)) break;
            Add(items.Current);
            read++;
        }
        return (bySid, byE164);
    }

    // One requested number of this account, or null when it is not one (malformed, or another account's: the caller looks in
    // the subaccounts and refuses it with the usual reason).
    private static async Task<IncomingNumber?> FetchNumberAsync(ITrustHubOperations ops, string input, bool bySid, CancellationToken ct)
    {
        if (bySid)
        {
            if (SidFormat.Check(input, "PN", "Phone number SID") is not null) return null;
            try
            {
                return await ops.FetchIncomingPhoneNumberAsync(input, ct).ConfigureAwait(false);
            }
            catch (TwilioApiException e) when (e.Status == 404)
            {
                return null;
            }
        }
        if (PhoneNumberFacts.Problem(input) is not null) return null;
        await foreach (var number in ops.ListIncomingPhoneNumbersAsync(input, ct).ConfigureAwait(false))
            if (number.PhoneNumber == input) return number;
        return null;
    }

    private async Task ResolveNumbersAsync(ITrustHubOperations ops, OnboardingRequest request, Dictionary<string, IncomingNumber> bySid, Dictionary<string, IncomingNumber> byE164, CancellationToken ct)
    {

        var wanted = request.Numbers.EveryOnProfile ? OnProfile.Where(s => s.StartsWith("PN", StringComparison.Ordinal)) : request.Numbers.Values;
        if (wanted.Any(n => !bySid.ContainsKey(n) && !byE164.ContainsKey(n)))
        {
            // Direct customers put their subaccounts' numbers on the parent's profile: look there only when needed.
            await foreach (var account in ops.ListAccountsAsync(ct).ConfigureAwait(false))
            {
                if (account.OwnerAccountSid is null || account.Sid == account.OwnerAccountSid || account.Status is "closed") continue;
                await foreach (var number in ops.ListSubaccountPhoneNumbersAsync(account.Sid, ct).ConfigureAwait(false))
                {
                    bySid.TryAdd(number.Sid, number);
                    byE164.TryAdd(number.PhoneNumber, number);
                }
            }
        }

        if (request.Numbers.EveryOnProfile)
        {
            foreach (var sid in OnProfile.OrderBy(s => s, StringComparer.Ordinal))
            {
                if (bySid.TryGetValue(sid, out var number)) Numbers.Add(new ResolvedNumber(sid, sid, number.PhoneNumber));
                else Refused.Add(new RefusedNumber(sid, null, null, $"{sid} is on the Business Profile but is not an IncomingPhoneNumber of this account or its subaccounts."));
            }
            return;
        }

        foreach (var input in request.Numbers.Values)
        {
            if (request.Numbers.BySid)
            {
                if (SidFormat.Check(input, "PN", "Phone number SID") is { } bad) Refused.Add(new RefusedNumber(input, null, null, bad));
                else if (bySid.TryGetValue(input, out var number)) Numbers.Add(new ResolvedNumber(input, input, number.PhoneNumber));
                else Refused.Add(new RefusedNumber(input, null, null, $"{input} is not an IncomingPhoneNumber of this account or its subaccounts; check the SID or the account the credentials act for."));
            }
            else if (PhoneNumberFacts.Problem(input) is { } malformed)
                Refused.Add(new RefusedNumber(input, null, null, malformed));
            else if (byE164.TryGetValue(input, out var number)) Numbers.Add(new ResolvedNumber(input, number.Sid, input));
            else Refused.Add(new RefusedNumber(input, input, null, $"{input} is not an IncomingPhoneNumber of this account or its subaccounts."));
        }
    }

    private static async Task<(DiscoveredProduct Product, List<string> Warnings)> DiscoverProductAsync(ITrustHubOperations ops, OnboardingRequest request, OnboardingPolicy policy, CancellationToken ct)
    {
        var warnings = new List<string>();
        var product = new DiscoveredProduct { Policy = policy, FriendlyName = ProductName(request, policy) };
        var matches = new List<TrustHubBundle>();
        await foreach (var bundle in ops.ListBundlesAsync(policy.Kind, policy.Sid, ct).ConfigureAwait(false))
        {
            if (bundle.FriendlyName == product.FriendlyName && bundle.PolicySid == policy.Sid) matches.Add(bundle);
        }
        // More than one can only come from someone else's work; the one furthest along wins, the rest are reported.
        product.Bundle = matches.OrderBy(b => StatusRank(b.Status)).ThenBy(b => b.Sid, StringComparer.Ordinal).FirstOrDefault();
        if (matches.Count > 1)
            warnings.Add($"{matches.Count} {policy.Name} products are named \"{product.FriendlyName}\" ({string.Join(", ", matches.Select(m => m.Sid))}); using {product.Bundle!.Sid}.");

        foreach (var rule in policy.EndUsers)
        {
            request.EndUserAttributes.TryGetValue(rule.Type, out var values);
            if (values is null && rule.Min == 0) continue;
            product.EndUsers.Add(new DiscoveredEndUser
            {
                Rule = rule,
                FriendlyName = $"{request.Options.FriendlyNamePrefix} {policy.Name} {rule.Type} {request.BusinessProfileSid}",
                AttributesJson = EndUserAttributeJson.For(rule, values),
            });
        }

        if (product.Bundle is { } existing)
        {
            var (numbers, whole) = await AssignmentReads.FirstPageAsync(ops, policy.Kind, existing.Sid, ct).ConfigureAwait(false);
            product.NumberSids.UnionWith(numbers);
            product.NumberSidsWhole = whole;
            var assignedEndUsers = new List<string>();
            await foreach (var entity in ops.ListEntityAssignmentsAsync(policy.Kind, existing.Sid, ct).ConfigureAwait(false))
            {
                if (entity.ObjectSid == request.BusinessProfileSid) product.HasProfile = true;
                else if (entity.ObjectSid.StartsWith("BU", StringComparison.Ordinal))
                    warnings.Add($"{policy.Name} product {existing.Sid} carries another Business Profile ({entity.ObjectSid}).");
                else if (entity.ObjectSid.StartsWith("IT", StringComparison.Ordinal)) assignedEndUsers.Add(entity.ObjectSid);
            }
            foreach (var sid in assignedEndUsers)
            {
                var endUser = await ops.FetchEndUserAsync(sid, ct).ConfigureAwait(false);
                var wanted = product.EndUsers.FirstOrDefault(e => e.Rule.Type == endUser.Type && e.AssignedSid is null);
                wanted?.Assign(endUser);
            }
        }

        if (product.EndUsers.Any(e => e.AssignedSid is null))
        {
            // An end user created by a run that stopped before assigning it is reused, never created twice.
            await foreach (var endUser in ops.ListEndUsersAsync(ct).ConfigureAwait(false))
            {
                foreach (var wanted in product.EndUsers.Where(e => e.AssignedSid is null && e.ReusableSid is null))
                {
                    if (endUser.Type == wanted.Rule.Type && endUser.FriendlyName == wanted.FriendlyName && EndUserAttributeJson.IsHeldBy(wanted.AttributesJson, endUser.Attributes))
                        wanted.ReusableSid = endUser.Sid;
                }
            }
        }
        return (product, warnings);
    }

    /// <summary>Which policies take which numbers; refusals are decided here, before any write.</summary>
    private void DecideNumbers(OnboardingRequest request)
    {
        foreach (var product in Products)
        {
            var rule = product.Policy.ChannelEndpoints;
            foreach (var number in Numbers)
            {
                if (rule is null)
                {
                    Refused.Add(new RefusedNumber(number.Input, number.PhoneNumber, product.Policy.Name, "this policy takes no phone numbers."));
                    continue;
                }
                if (PhoneNumberFacts.CheckChannelEndpoint(rule, number.PhoneNumber) is { } why)
                {
                    Refused.Add(new RefusedNumber(number.Input, number.PhoneNumber, product.Policy.Name, why));
                    continue;
                }
                if (rule.MustBeOnBusinessProfile && !request.Options.PutNumbersOnProfile && !OnProfile.Contains(number.Sid))
                {
                    Refused.Add(new RefusedNumber(number.Input, number.PhoneNumber, product.Policy.Name,
                        $"{number.PhoneNumber} is not on Business Profile {request.BusinessProfileSid} and Options.PutNumbersOnProfile is off."));
                    continue;
                }
                if (!product.NumberSids.Contains(number.Sid) && !product.CanTakeNumbers)
                {
                    Refused.Add(new RefusedNumber(number.Input, number.PhoneNumber, product.Policy.Name,
                        $"product {product.Bundle!.Sid} is {product.Bundle.Status} and {NoNumbersAfterSubmission(product.Policy)}"));
                    continue;
                }
                product.Accepted.Add(number);
            }
        }
    }

    private static int StatusRank(string status) => status switch
    {
        "twilio-approved" => 0,
        "in-review" => 1,
        "pending-review" => 2,
        "draft" => 3,
        _ => 4,
    };
}
