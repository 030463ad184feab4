using System.Text.RegularExpressions;
using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

/// <summary>
/// Reading the account's numbers: a few requested numbers in an account larger than one page of API 2010's IncomingPhoneNumbers
/// are fetched together after the first page, not found by paging on through the whole list; many named by SID are read from
/// the list; many named in E.164 are read by prefix partitions at once (PartitionedNumberReads).
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
    public async Task Many_numbers_beyond_the_first_page_are_read_from_the_list()
    {
        // 150: more than the engine fetches one by one (100); the whole list is read instead.
        var pages = await PagesReadAsync(emulator => OnboardingNumbers.FromSids(emulator.Seed.NumbersNotOnProfile.TakeLast(150).Select(n => n.Sid)));

        Assert.Equal(3, pages);
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

    [Fact]
    public async Task A_service_that_takes_no_partial_numbers_costs_the_whole_list_never_a_number()
    {
        // A partial number matches nothing there: every partition comes back empty, and the whole list decides.
        var wire = new RecordingHandler(onlyWholeNumbers: true);
        await PlanByPhoneNumbersAsync(wire, 1_500);

        Assert.Equal(3, wire.UnfilteredPages);
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

    // Records the requests; with onlyWholeNumbers, a PhoneNumber filter shorter than a whole +1 number is sent as one that
    // matches no number (a service that takes no partial numbers).
    private sealed class RecordingHandler(bool onlyWholeNumbers = false) : DelegatingHandler(new SocketsHttpHandler())
    {
        private static readonly Regex PhoneNumberFilter = new("[?&]PhoneNumber=([^&]*)", RegexOptions.CultureInvariant);

        public List<Uri> Uris { get; } = new();

        private IEnumerable<Uri> NumberLists => Uris.Where(u => u.AbsolutePath.EndsWith("/IncomingPhoneNumbers.json", StringComparison.Ordinal));

        public int UnfilteredPages => NumberLists.Count(u => !PhoneNumberFilter.IsMatch(u.Query));

        // The PhoneNumber filters sent, one per page read.
        public List<string> Filters => NumberLists.Select(u => PhoneNumberFilter.Match(u.Query)).Where(m => m.Success).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var uri = request.RequestUri!;
            lock (Uris) Uris.Add(uri);
            if (onlyWholeNumbers && PhoneNumberFilter.Match(uri.Query) is { Success: true } filter && Uri.UnescapeDataString(filter.Groups[1].Value).Length < 12)
                request.RequestUri = new Uri(uri.AbsoluteUri.Replace(filter.Value, filter.Value[0] + "PhoneNumber=%2B0", StringComparison.Ordinal));
            return base.SendAsync(request, cancellationToken);
        }
    }
}
