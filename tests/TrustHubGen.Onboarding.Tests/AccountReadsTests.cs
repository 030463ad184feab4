using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

/// <summary>
/// Reading the account's numbers: a few requested numbers in an account larger than one page of API 2010's IncomingPhoneNumbers
/// are fetched together after the first page, not found by paging on through the whole list; many are read by prefix partitions at
/// once (PartitionedNumberReads): where they are when named in E.164, the whole account split where crowded when named by SID.
/// </summary>
public sealed class AccountReadsTests
{
    private const int AccountNumbers = 2_500;   // three pages of 1,000

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_few_numbers_beyond_the_first_page_are_fetched_not_paged_for(bool bySid)
    {
        var pages = await PagesReadAsync(emulator =>
        {
            var wanted = emulator.Seed.NumbersNotOnProfile.TakeLast(3).ToList();
            return bySid ? OnboardingNumbers.FromSids(wanted.Select(n => n.Sid)) : OnboardingNumbers.FromPhoneNumbers(wanted.Select(n => n.PhoneNumber));
        });

        // The list's first page, then one call per number: the list's other two pages were never read.
        Assert.Equal(1, pages);
    }

    [Fact]
    public async Task A_number_the_account_does_not_have_is_refused_as_before()
    {
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: AccountNumbers);
        var numbers = OnboardingNumbers.FromSids([emulator.Seed.NumbersNotOnProfile[^1].Sid, "PN" + new string('0', 32)]);

        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(emulator.Request(numbers, ShippedPolicies.Cnam));

        var refused = Assert.Single(plan.Refused);
        Assert.Contains("is not an IncomingPhoneNumber of this account", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(1, plan.CountByKind[OnboardingStepKind.AssignNumberToProduct]);
    }

    [Fact]
    public async Task Many_numbers_named_by_SID_are_read_by_prefix_partitions_of_the_whole_account_at_once_not_by_paging_the_list()
    {
        var wire = new RecordingHandler();
        // 150: more than the engine fetches one by one (100). 5,000 numbers: "+12" (area codes 201, 212, 213) holds 1,250.
        await PlanBySidAsync(wire, 5_000, emulator => Bulk(emulator).TakeLast(150));

        Assert.Equal(0, wire.UnfilteredPages);
        // +10 to +19 and +2 to +9 at once (up to MaxConcurrency, 8: those still waiting when every SID is found are not read);
        // "+12"'s full first page is not paged on, its ten longer prefixes are read instead (each holds one or two area codes
        // of the seed, under a page): at most 28 pages, each partition read once, none paged.
        string[] crowded = ["+120", "+121", "+122", "+123", "+124", "+125", "+126", "+127", "+128", "+129"];
        Assert.Contains("+12", wire.Filters);
        Assert.Contains(wire.Filters, crowded.Contains);
        Assert.All(wire.Filters, f => Assert.Contains(f, WholeAccount.Concat(crowded)));
        Assert.Equal(wire.Filters.Count, wire.Filters.Distinct().Count());
    }

    [Fact]
    public async Task Numbers_named_by_SID_stop_the_reads_once_all_are_found()
    {
        var wire = new RecordingHandler();
        // The 150 lowest numbers are on "+12"'s first page (the emulator lists a prefix in E.164 order): once they are found,
        // "+12" is not split, although it holds more than a page, and partitions not started yet are not read.
        await PlanBySidAsync(wire, 5_000, emulator => Bulk(emulator).OrderBy(n => n.PhoneNumber, StringComparer.Ordinal).Take(150));

        Assert.Equal(0, wire.UnfilteredPages);
        Assert.Single(wire.Filters, "+12");
        Assert.All(wire.Filters, f => Assert.Contains(f, WholeAccount));
    }

    [Fact]
    public async Task Numbers_named_by_SID_under_no_partition_are_fetched_by_SID_when_few()
    {
        // A service that matches at most two digits: "+12"'s first page holds its 60 lowest, its ten longer prefixes nothing,
        // and its 90 highest are left: fetched by SID (90 calls), the list never paged.
        var wire = new RecordingHandler(PartialNumbers.UpToTwoDigits);
        await PlanBySidAsync(wire, 5_000, emulator =>
        {
            var sorted = Bulk(emulator).Where(n => n.PhoneNumber.StartsWith("+12", StringComparison.Ordinal)).OrderBy(n => n.PhoneNumber, StringComparer.Ordinal).ToList();
            return sorted.Take(60).Concat(sorted.TakeLast(90));
        });

        Assert.Equal(0, wire.UnfilteredPages);
        Assert.Equal(90, wire.FetchesBySid);
        Assert.Equal(28, wire.Filters.Count);
    }

    [Fact]
    public async Task Many_numbers_named_in_E164_are_read_by_prefix_partitions_at_once_not_by_paging_the_list()
    {
        var wire = new RecordingHandler();
        var wanted = await PlanByPhoneNumbersAsync(wire, 1_500);

        Assert.Equal(0, wire.UnfilteredPages);
        // Every partition is a prefix of requested numbers, and each was read in one page (none holds more than 1,000).
        var partitions = wire.Filters.Where(f => !wanted.Contains(f)).ToList();
        Assert.NotEmpty(partitions);
        Assert.All(partitions, prefix => Assert.Contains(wanted, n => n.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.Equal(partitions.Count, partitions.Distinct().Count());
    }

    [Fact]
    public async Task A_partition_crowded_with_numbers_nobody_asked_for_is_read_again_under_longer_prefixes()
    {
        var wire = new RecordingHandler();
        // 150 numbers over every area code of the seed: their common prefix is "+1", which holds all 2,517 of the account's.
        var wanted = await PlanByPhoneNumbersAsync(wire, 150);

        Assert.Equal(0, wire.UnfilteredPages);
        // "+1" stopped within its second page (2 x 150 + 1,000 numbers read), then longer prefixes found the 150.
        Assert.InRange(wire.Filters.Count(f => f == "+1"), 1, 2);
        Assert.Contains(wire.Filters, f => f.Length > 2 && !wanted.Contains(f));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_service_that_takes_no_partial_numbers_costs_the_whole_list_never_a_number(bool bySid)
    {
        // A partial number matches nothing there: every partition comes back empty, and the whole list decides.
        var wire = new RecordingHandler(PartialNumbers.MatchNothing);
        if (bySid) await PlanBySidAsync(wire, AccountNumbers, emulator => Bulk(emulator).TakeLast(1_500));
        else await PlanByPhoneNumbersAsync(wire, 1_500);

        Assert.Equal(3, wire.UnfilteredPages);
    }

    [Fact]
    public async Task A_service_that_ignores_partial_numbers_is_not_split_without_end()
    {
        // Every partition is the whole list: each first page holds numbers not under its prefix, so none is split, and the
        // whole list decides.
        var wire = new RecordingHandler(PartialNumbers.Ignored);
        await PlanBySidAsync(wire, AccountNumbers, emulator => Bulk(emulator).TakeLast(1_500));

        Assert.Equal(3, wire.UnfilteredPages);
        Assert.Equal(18, wire.Filters.Count);
    }

    [Fact]
    public async Task The_engine_onboards_numbers_named_by_SID_read_by_partitions_end_to_end()
    {
        var wire = new RecordingHandler();
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: AccountNumbers, handler: wire);
        var numbers = Bulk(emulator).TakeLast(250).Select(n => n.Sid).ToList();

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.Cnam));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal(250, Assert.Single(result.Products).NumbersAssigned);
        Assert.Equal(0, wire.UnfilteredPages);
        Assert.All(wire.Filters, f => Assert.Contains(f, WholeAccount));
        Assert.Equal(wire.Filters.Count, wire.Filters.Distinct().Count());
        var product = Assert.Single(await emulator.StateReader.ListBundlesAsync(OnboardingBundleKind.TrustProduct, ShippedPolicies.CnamSid, default).ToListAsync());
        var assigned = await emulator.StateReader.ListChannelEndpointAssignmentsAsync(OnboardingBundleKind.TrustProduct, product.Sid, default).ToListAsync();
        Assert.Equal(numbers.Order(StringComparer.Ordinal), assigned.Select(a => a.ChannelEndpointSid).Order(StringComparer.Ordinal));
    }

    private static readonly string[] WholeAccount = ["+10", "+11", "+12", "+13", "+14", "+15", "+16", "+17", "+18", "+19", "+2", "+3", "+4", "+5", "+6", "+7", "+8", "+9"];

    // The seed's bulk numbers (all US local numbers CNAM takes), in the order they were added.
    private static IEnumerable<SeededNumber> Bulk(EmulatorSession emulator) => emulator.Seed.NumbersNotOnProfile.TakeLast(emulator.ExtraNumbers);

    // Plans CNAM for the numbers `pick` chooses among `accountNumbers`, named by SID, over `wire`: every one accepted and assigned.
    private static async Task PlanBySidAsync(RecordingHandler wire, int accountNumbers, Func<EmulatorSession, IEnumerable<SeededNumber>> pick)
    {
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: accountNumbers, handler: wire);
        var wanted = pick(emulator).Select(n => n.Sid).ToList();
        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(emulator.Request(OnboardingNumbers.FromSids(wanted), ShippedPolicies.Cnam));
        Assert.Empty(plan.Refused);
        Assert.Equal(wanted.Count, plan.CountByKind[OnboardingStepKind.AssignNumberToProduct]);
    }

    // Plans CNAM for the account's last `count` numbers, named in E.164, over `wire`: every one accepted and assigned.
    private static async Task<List<string>> PlanByPhoneNumbersAsync(RecordingHandler wire, int count)
    {
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: AccountNumbers, handler: wire);
        var wanted = emulator.Seed.NumbersNotOnProfile.TakeLast(count).Select(n => n.PhoneNumber).ToList();
        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(emulator.Request(OnboardingNumbers.FromPhoneNumbers(wanted), ShippedPolicies.Cnam));
        Assert.Empty(plan.Refused);
        Assert.Equal(count, plan.CountByKind[OnboardingStepKind.AssignNumberToProduct]);
        return wanted;
    }

    // Pages of the main account's IncomingPhoneNumbers list (unfiltered) read while `plan` runs, counted on the wire.
    private static async Task<int> PagesReadAsync(Func<EmulatorSession, OnboardingNumbers> numbers)
    {
        var wire = new RecordingHandler();
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: AccountNumbers, handler: wire);
        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(emulator.Request(numbers(emulator), ShippedPolicies.Cnam));
        Assert.Empty(plan.Refused);
        return wire.UnfilteredPages;
    }
}
