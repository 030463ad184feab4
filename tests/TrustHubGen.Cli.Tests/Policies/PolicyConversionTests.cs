using System.Reflection;
using TrustHubGen.Cli.Policies;
using TrustHubGen.Cli.Tests.Sdk;
using TrustHubGen.Policies;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Tests.Policies;

/// <summary>
/// One mapping: the generated <c>PolicyCatalog.&lt;Policy&gt;.Definition</c> is the rules library's own definition, and its
/// <c>OnboardingPolicy</c> is what <see cref="OnboardingPolicy.From"/> (which the CLI calls) makes of it.
/// </summary>
public sealed class PolicyConversionTests
{
    [Fact]
    public void Every_generated_catalog_definition_equals_the_shipped_definition()
    {
        var generated = GeneratedDefinitions();
        Assert.Equal(BuiltInPolicies.All.Count, generated.Count);
        foreach (var definition in BuiltInPolicies.All)
        {
            Assert.True(generated.TryGetValue(definition.Sid, out var expected), $"PolicyCatalog has no policy {definition.Sid} ({definition.Name}).");
            Assert.Equal(definition, expected);
        }
    }

    [Fact]
    public void The_catalog_policies_the_samples_use_are_the_one_mapping_of_the_definitions()
    {
        Assert.Equal(Describe(PolicyCatalog.Cnam.OnboardingPolicy), Describe(OnboardingPolicy.From(BuiltInPolicies.Find(PolicyCatalog.Cnam.SidValue)!)));
        Assert.Equal(Describe(PolicyCatalog.ShakenStir.OnboardingPolicy), Describe(OnboardingPolicy.From(BuiltInPolicies.Find(PolicyCatalog.ShakenStir.SidValue)!)));
    }

    [Theory]
    [InlineData("cnam", "Cnam")]
    [InlineData("shaken-stir", "ShakenStir")]
    [InlineData("voice-integrity", "VoiceIntegrity")]
    public void Shipped_trust_product_policies_have_kebab_case_command_line_names(string name, string policy)
    {
        Assert.Equal(policy, PolicySelector.BuiltInByName[name].Name);
    }

    [Fact]
    public void Customer_profile_policies_are_not_onboard_targets()
    {
        Assert.All(PolicySelector.BuiltInByName.Values, p => Assert.Equal(BundleKind.TrustProduct, p.Kind));
        Assert.DoesNotContain("primary-business-profile", PolicySelector.BuiltInByName.Keys);
    }

    [Theory]
    [InlineData("Cnam", "cnam")]
    [InlineData("ShakenStir", "shaken-stir")]
    [InlineData("A2PMessagingProfile", "a2p-messaging-profile")]
    [InlineData("SHAKENStir", "shaken-stir")]
    public void Names_become_kebab_case(string name, string expected) => Assert.Equal(expected, PolicyNames.ToKebabCase(name));

    // Each PolicyCatalog.<Policy> class inherits its members from its precompiled or generated entry (PolicyCatalogEntries).
    private static Dictionary<string, PolicyDefinition> GeneratedDefinitions() =>
        typeof(PolicyCatalog).GetNestedTypes(BindingFlags.Public)
            .Select(t => t.GetProperty("Definition", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)?.GetValue(null))
            .OfType<PolicyDefinition>()
            .ToDictionary(p => p.Sid);

    /// <summary>Every member, lists by content (records compare lists by reference).</summary>
    private static string Describe(OnboardingPolicy p) => string.Join("\n",
        $"sid={p.Sid} name={p.Name} kind={p.Kind} requiresProfile={p.RequiresBusinessProfile} evaluate={p.EvaluateBeforeSubmit}",
        $"profiles=[{string.Join(",", p.AcceptedProfilePolicySids)}] statuses=[{string.Join(",", p.ClientSettableStatuses)}]",
        p.ChannelEndpoints is { } c
            ? $"endpoints type={c.Type} onProfile={c.MustBeOnBusinessProfile} countries=[{string.Join(",", c.AllowedCountries)}] tollFree={c.TollFreeAllowed} afterSubmission={c.AllowedAfterSubmission}"
            : "endpoints=none",
        string.Join("\n", p.EndUsers.Select(e => $"endUser {e.Type} {e.Min}..{e.Max}\n" + string.Join("\n", e.Attributes.Select(a =>
            $"  {a.Name} required={a.Required} max={a.MaxLength} pattern={a.Pattern} description={a.PatternDescription} allowed=[{string.Join("|", a.AllowedValues)}] disallowed=[{string.Join("|", a.DisallowedValues)}]")))));
}
