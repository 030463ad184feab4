using TrustHubGen.Pipelines.Tests.Sdk;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Pipelines.Tests;

/// <summary>Refusals before any write, and the pipeline that appears for a policy file this project adds.</summary>
public sealed class RefusalAndAddedPolicyTests
{
    [Fact]
    public async Task Cnam_refuses_a_toll_free_number_before_any_write_and_onboards_the_rest()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var tollFree = emulator.Seed.TollFreeNumber!;
        var pipeline = CnamOnboarding.For(emulator.Profile)
            .WithNumbers([PhoneNumberSid.Parse(tollFree.Sid), .. EmulatorSession.Sids(emulator.Seed.NumbersOnProfile.Take(1))])
            .WithCnamInformation(CnamDisplayName.Parse("OWL INDUSTRIES"))
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview);

        var plan = await pipeline.PlanAsync(emulator.Operations);
        var result = await pipeline.RunAsync(emulator.Operations);

        var refused = Assert.Single(plan.Refused);
        Assert.Equal((tollFree.Sid, "Cnam"), (refused.Number, refused.Policy));
        Assert.Contains("toll-free", refused.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(plan.Steps, s => s.Target.Contains(tollFree.Sid, StringComparison.Ordinal));
        Assert.Equal(1, Assert.Single(result.Products).NumbersAssigned);
        Assert.Single(result.Refused);
    }

    [Fact]
    public async Task An_E164_number_the_account_does_not_own_is_refused_before_any_write()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var owned = emulator.Seed.NumbersOnProfile[0].PhoneNumber;
        var notOwned = "+14155559876";
        Assert.DoesNotContain(emulator.Seed.NumbersOnProfile.Concat(emulator.Seed.NumbersNotOnProfile), n => n.PhoneNumber == notOwned);

        var plan = await ShakenStirOnboarding.For(emulator.Profile)
            .WithPhoneNumbers(E164Number.Parse(owned), E164Number.Parse(notOwned))
            .NotifyEmail("owl@example.com")
            .PlanAsync(emulator.Operations);

        var refused = Assert.Single(plan.Refused);
        Assert.Equal(notOwned, refused.Number);
        Assert.Contains("IncomingPhoneNumber", refused.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cnam_refuses_a_Canadian_number_that_the_added_policy_takes()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var canadian = emulator.Seed.CanadianNumber!;

        var result = await BrandedCallingOnboarding.For(emulator.Profile)
            .WithPhoneNumbers(E164Number.Parse(canadian.PhoneNumber))
            .WithBrandedCallingInformation(BrandName.Parse("Owl & Co."), CallReason.Parse("support"))
            .AndCnam(CnamDisplayName.Parse("OWL INDUSTRIES"))
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview)
            .RunAsync(emulator.Operations);

        var refused = Assert.Single(result.Refused);
        Assert.Equal("Cnam", refused.Policy);
        var branded = Assert.Single(result.Products, p => p.Policy == "BrandedCalling");
        Assert.Equal(("twilio-approved", 1), (branded.Status, branded.NumbersAssigned));
    }

    [Fact]
    public async Task The_added_policy_file_yields_a_pipeline_that_reaches_twilio_approved()
    {
        await using var emulator = await EmulatorSession.StartAsync();

        var result = await BrandedCallingOnboarding.For(emulator.Profile)
            .WithNumbers(EmulatorSession.Sids(emulator.Seed.NumbersNotOnProfile.Take(2)))
            .WithBrandedCallingInformation(BrandName.Parse("Owl & Co."), CallReason.Parse("appointments"), logoUrl: "https://owl.example/logo.png")
            .NotifyEmail("owl@example.com")
            .WithOptions(EmulatorSession.FastReview)
            .RunAsync(emulator.Operations);

        Assert.True(result.Succeeded, result.ToString());
        var product = Assert.Single(result.Products);
        Assert.Equal(("BrandedCalling", "twilio-approved", 2), (product.Policy, product.Status, product.NumbersAssigned));
        var endUsers = await emulator.ToListAsync(emulator.Operations.ListEndUsersAsync(default));
        var brand = Assert.Single(endUsers, e => e.Type == "branded_calling_information");
        Assert.Equal(("Owl & Co.", "appointments", "https://owl.example/logo.png"), (brand.Attributes["brand_name"], brand.Attributes["call_reason"], brand.Attributes["logo_url"]));
        Assert.Equal(PolicyCatalog.BrandedCalling.SidValue, BrandedCallingOnboarding.Policy.Sid);
    }
}
