using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Onboarding.Tests.Isv;

/// <summary>
/// A crash at every write of the Secondary profile's onboarding, before the call and after it with the answer lost:
/// the next run finishes with the same state a clean run leaves (one profile, one of each end user, one address
/// document, one address, the Primary assigned once), and the customer's products then onboard on it.
/// </summary>
public sealed class IsvResumeTests : IAsyncLifetime
{
    private IsvWorld _world = null!;

    public async Task InitializeAsync() => _world = await IsvWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_crash_at_any_write_is_finished_by_the_next_run_with_nothing_twice()
    {
        var customer = _world.Customers[0];
        var ops = _world.Parent.ForSubaccount(customer.SubaccountSid);
        // Each trial uses its own profile name and address, so trials never find each other's work.
        BusinessProfileRequest Trial(string name) => _world.SecondaryRequest(customer, friendlyName: name, street: $"{name} Street");

        var clean = Trial("clean");
        var counter = new CrashingOperations(ops, crashAtWrite: int.MaxValue, afterCall: false);
        Assert.True((await new BusinessProfileOnboarder(counter).RunAsync(clean)).Succeeded);
        var writes = counter.Writes;
        Assert.Equal(11, writes);
        var expected = await ProfileState.DescribeAsync(ops, clean);

        var trials = 0;
        foreach (var afterCall in new[] { false, true })
        {
            for (var crashAt = 1; crashAt <= writes; crashAt++)
            {
                var request = Trial($"t{crashAt}{(afterCall ? "a" : "b")}");
                var crashing = new CrashingOperations(ops, crashAt, afterCall);
                await Assert.ThrowsAsync<SimulatedCrashException>(() => new BusinessProfileOnboarder(crashing).RunAsync(request));
                Assert.True(crashing.Crashed);

                var resumed = await new BusinessProfileOnboarder(ops).RunAsync(request);

                Assert.True(resumed.Succeeded, $"crash at write {crashAt} ({(afterCall ? "after" : "before")} the call): {resumed}");
                Assert.Equal(expected, await ProfileState.DescribeAsync(ops, request));
                Assert.True((await new BusinessProfileOnboarder(ops).PlanAsync(request)).IsEmpty);
                trials++;
            }
        }
        Assert.Equal(22, trials);
    }

    [Fact]
    public async Task Cancellation_midway_leaves_a_state_the_next_run_finishes()
    {
        var customer = _world.Customers[0];
        var ops = _world.Parent.ForSubaccount(customer.SubaccountSid);
        var request = _world.SecondaryRequest(customer, friendlyName: "cancelled", street: "Cancelled Street");
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.Step == "adding the address document") cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new BusinessProfileOnboarder(ops).RunAsync(request, progress, cancel.Token));
        var plan = await new BusinessProfileOnboarder(ops).PlanAsync(request);
        var finished = await new BusinessProfileOnboarder(ops).RunAsync(request);

        // The profile, its Primary and its end users were written before the cancellation; the address part was not.
        Assert.Equal(
            [OnboardingStepKind.CreateAddress, OnboardingStepKind.CreateSupportingDocument, OnboardingStepKind.AssignSupportingDocument, OnboardingStepKind.Evaluate, OnboardingStepKind.Submit],
            plan.Steps.Select(s => s.Kind));
        Assert.True(finished.Succeeded, finished.ToString());
        Assert.Equal(5, finished.WriteCalls);
    }

    [Fact]
    public async Task After_a_crash_in_the_products_run_the_whole_isv_flow_still_finishes()
    {
        var customer = _world.Customers[1];
        var ops = _world.Parent.ForSubaccount(customer.SubaccountSid);
        var profile = await new BusinessProfileOnboarder(ops).RunAsync(_world.SecondaryRequest(customer));
        var request = IsvWorld.ProductsRequest(customer, profile.ProfileSid!);

        // The process dies after its fifth write's answer is lost (the numbers are on the profile, a product exists).
        var crashing = new CrashingOperations(ops, crashAtWrite: 5, afterCall: true);
        await Assert.ThrowsAsync<SimulatedCrashException>(() => new OnboardingRunner(crashing).RunAsync(request));
        var rerunProfile = await new BusinessProfileOnboarder(ops).RunAsync(_world.SecondaryRequest(customer));
        var products = await new OnboardingRunner(ops).RunAsync(request);

        Assert.Equal(0, rerunProfile.WriteCalls);
        Assert.True(products.Succeeded, products.ToString());
        Assert.All(products.Products, p => Assert.Equal("twilio-approved", p.Status));
        Assert.Equal(
            $"profile numbers: {string.Join(",", customer.LocalNumberSids.Append(customer.TollFreeSid).Order())} (assignments 4)",
            (await AccountState.DescribeAsync(ops, request)).Split('\n')[0]);
        Assert.Contains("Cnam: 1 product(s) twilio-approved", await AccountState.DescribeAsync(ops, request), StringComparison.Ordinal);
        Assert.Contains("ShakenStir: 1 product(s) twilio-approved", await AccountState.DescribeAsync(ops, request), StringComparison.Ordinal);
    }
}
