using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Policies;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class EveryShippedPolicyTests
{
    [Fact]
    public async Task Voice_Integrity_runs_from_its_definition_alone_with_its_own_end_user()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var voiceIntegrity = ShippedPolicies.Map("RN5b3660f9598883b1df4e77f77acefba0");
        var request = emulator.Request(OnboardingNumbers.FromSids(emulator.Seed.NumbersOnProfile.Take(2).Select(n => n.Sid)), voiceIntegrity) with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["voice_integrity_information"] = new Dictionary<string, string>
                {
                    ["use_case"] = "customer support",
                    ["business_employee_count"] = "120",
                    ["average_business_day_call_volume"] = "900",
                },
            },
        };

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("twilio-approved", Assert.Single(result.Products).Status);
        Assert.Equal(1, result.ApiCalls["CreateEndUser"]);
    }

    [Fact]
    public void Every_shipped_trust_product_definition_maps_to_a_valid_engine_policy()
    {
        foreach (var definition in BuiltInPolicies.All.Where(p => p.Kind == BundleKind.TrustProduct))
        {
            Assert.Empty(ShippedPolicies.Map(definition.Sid).GetValidationProblems());
        }
    }

    [Fact]
    public void A_broken_policy_description_names_each_problem()
    {
        var broken = ShippedPolicies.Cnam with { Sid = "RN123", ClientSettableStatuses = ["draft"], EndUsers = [new EndUserRule("cnam_information", 2, 1, default)] };

        var problems = broken.GetValidationProblems();

        Assert.Contains(problems, p => p.Contains("Policy SID"));
        Assert.Contains(problems, p => p.Contains("pending-review"));
        Assert.Contains(problems, p => p.Contains("Min 2 and Max 1"));
    }
}
