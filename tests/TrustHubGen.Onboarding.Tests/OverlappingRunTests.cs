using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

/// <summary>
/// Two runs of the same onboarding overlapping (two CI jobs, a command started twice): the second read the account while
/// the products were drafts, and the first submitted them before the second's writes arrived (Twilio answers 60711).
/// The second run reports the products as the service has them, leaves nothing behind, and fails only for what is
/// really missing.
/// </summary>
public sealed class OverlappingRunTests
{
    [Fact]
    public async Task A_run_whose_products_another_run_submits_meanwhile_reports_them_as_they_are_and_leaves_no_stray_end_user()
    {
        var expected = await CleanRunStateAsync(3);
        var otherRunFirst = new OtherRunFirst();
        await using var emulator = await EmulatorSession.StartAsync(handler: otherRunFirst);
        var request = RequestFor(emulator, 3);
        await CreateDraftProductsAsync(emulator, request);
        // The other run goes over a plain handler, from start to end, before this run's first write leaves.
        otherRunFirst.Before = () => new OnboardingRunner(emulator.StateReader).RunAsync(request);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(result.Succeeded, result.ToString());
        Assert.All(result.Products, p => Assert.Equal(("twilio-approved", 3), (p.Status, p.NumbersAssigned)));
        Assert.Contains(result.Warnings, w => w.Contains("Cnam product", StringComparison.Ordinal) && w.Contains("was submitted elsewhere", StringComparison.Ordinal));
        Assert.Equal(expected, await AccountState.DescribeAsync(emulator.StateReader, request));
    }

    [Fact]
    public async Task A_number_another_run_submitted_the_product_without_is_a_failure_naming_why_and_the_status_is_not_stale()
    {
        var otherRunFirst = new OtherRunFirst();
        await using var emulator = await EmulatorSession.StartAsync(handler: otherRunFirst);
        var request = RequestFor(emulator, 3);
        await CreateDraftProductsAsync(emulator, request);
        var third = emulator.Seed.NumbersNotOnProfile[2];
        otherRunFirst.Before = () => new OnboardingRunner(emulator.StateReader).RunAsync(RequestFor(emulator, 2));

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        var cnam = result.Products.Single(p => p.Policy == "Cnam");
        Assert.Equal(("twilio-approved", 2), (cnam.Status, cnam.NumbersAssigned));
        Assert.Contains("without 1 requested number(s)", cnam.NotSubmittedBecause, StringComparison.Ordinal);
        Assert.Contains("takes numbers only before submission", cnam.NotSubmittedBecause, StringComparison.Ordinal);
        var failure = Assert.Single(result.Failures);
        Assert.Equal((third.Sid, "Cnam"), (failure.NumberSid, failure.Policy));
        Assert.Contains("submitted elsewhere", failure.Cause, StringComparison.Ordinal);
        // SHAKEN/STIR takes numbers after submission: this run added the third one.
        var shakenStir = result.Products.Single(p => p.Policy == "ShakenStir");
        Assert.Equal(("twilio-approved", 3, null), (shakenStir.Status, shakenStir.NumbersAssigned, shakenStir.NotSubmittedBecause));
    }

    private static OnboardingRequest RequestFor(EmulatorSession emulator, int numbers) =>
        emulator.Request(OnboardingNumbers.FromSids(emulator.Seed.NumbersNotOnProfile.Take(numbers).Select(n => n.Sid)), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);

    private static async Task<string> CleanRunStateAsync(int numbers)
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var request = RequestFor(emulator, numbers);
        Assert.True((await new OnboardingRunner(emulator.Operations).RunAsync(request)).Succeeded);
        return await AccountState.DescribeAsync(emulator.Operations, request);
    }

    // Both runs find these drafts with the Business Profile on them (as after a first run stopped early), so neither creates a
    // product of its own, and this run's first edit of the CNAM product is creating and assigning its end user.
    private static async Task CreateDraftProductsAsync(EmulatorSession emulator, OnboardingRequest request)
    {
        foreach (var policy in request.Policies)
        {
            var product = await emulator.StateReader.CreateBundleAsync(policy.Kind, policy.Sid, $"{request.Options.FriendlyNamePrefix} {policy.Name} {request.BusinessProfileSid}", request.NotificationEmail, null, default);
            await emulator.StateReader.CreateEntityAssignmentAsync(policy.Kind, product.Sid, request.BusinessProfileSid, default);
        }
    }

    /// <summary>Holds this run's first write (and every write after it) until <see cref="Before"/> has run to its end.</summary>
    private sealed class OtherRunFirst() : DelegatingHandler(new SocketsHttpHandler())
    {
        private readonly Lock _gate = new();
        private Task? _other;

        public Func<Task>? Before { get; set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method != HttpMethod.Get)
            {
                Task other;
                lock (_gate) other = _other ??= Before!();
                await other;
            }
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
