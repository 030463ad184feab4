using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

/// <summary>
/// Reading the account's numbers: a few requested numbers in an account larger than one page of API 2010's IncomingPhoneNumbers
/// are fetched together after the first page, not found by paging on through the whole list; many are read from the list.
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

    // Pages of the main account's IncomingPhoneNumbers list (unfiltered) read while `plan` runs, counted on the wire.
    private static async Task<int> PagesReadAsync(Func<EmulatorSession, OnboardingNumbers> numbers)
    {
        var wire = new RecordingHandler();
        await using var emulator = await EmulatorSession.StartAsync(extraNumbers: AccountNumbers, handler: wire);
        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(emulator.Request(numbers(emulator), ShippedPolicies.Cnam));
        Assert.Empty(plan.Refused);
        return wire.Uris.Count(u => u.AbsolutePath.EndsWith("/IncomingPhoneNumbers.json", StringComparison.Ordinal) && !u.Query.Contains("PhoneNumber=", StringComparison.Ordinal));
    }

    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public List<Uri> Uris { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Uris) Uris.Add(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
