using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>
/// TH1002's fix lists the policies of the right kind most likely intended first (what Enter applies): the one the
/// method's own strings point at (an end-user type or attribute it lists, a word of its name in the friendly name), else
/// by name. Before, the list was in SID order, so VoiceIntegrity came first whatever the product.
/// </summary>
public sealed partial class TH1002WrongPolicyKindTests
{
    private const string VoiceIntegrity = "RN5b3660f9598883b1df4e77f77acefba0";

    [Fact]
    public Task The_friendly_name_puts_its_policy_first() => VerifyFixAsync(
        Method($$"""TrustProductsResource.Create("SHAKEN/STIR", "a@example.com", {|TH1002:"{{Primary}}"|});"""),
        Method($$"""TrustProductsResource.Create("SHAKEN/STIR", "a@example.com", "{{Shaken}}");"""));

    [Fact]
    public Task An_end_user_of_the_method_puts_its_policy_first() => VerifyAsync(Method($$"""
        var endUser = await EndUserResource.CreateAsync("Acme", "voice_integrity_information", new { use_case = "sales" });
        await TrustProductsResource.CreateAsync("Acme", "a@example.com", {|#0:"{{Primary}}"|});
        """),
        Diagnostic("TH1002").WithLocation(0).WithMessage($"PrimaryBusinessProfile ({Primary}) is a customer-profile policy, but TrustProducts.Create takes a trust-product policy: VoiceIntegrity ({VoiceIntegrity}), Cnam ({Cnam}), ShakenStir ({Shaken})"));

    [Fact]
    public Task Without_a_hint_the_order_is_by_name() => VerifyAsync(Method($$"""
        TrustProductsResource.Create("Acme", "a@example.com", {|#0:"{{Primary}}"|});
        """),
        Diagnostic("TH1002").WithLocation(0).WithMessage($"PrimaryBusinessProfile ({Primary}) is a customer-profile policy, but TrustProducts.Create takes a trust-product policy: Cnam ({Cnam}), ShakenStir ({Shaken}), VoiceIntegrity ({VoiceIntegrity})"));

    [Fact]
    public Task Generated_sdk_a_cnam_attribute_puts_cnam_first() => new TrustHubTest
    {
        TestCode = SdkSources.Method($$"""
            var name = CnamDisplayName.Parse("ACME WIDGETS");
            var endUser = new CreateEndUserRequest { FriendlyName = "Acme", Type = "cnam_information", Attributes = TwilioJsonValue.FromJson("{\"cnam_display_name\":\"ACME WIDGETS\"}") };
            var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = TrustProductPolicySid.Parse({|TH1002:"{{Primary}}"|}) });
            """),
        FixedCode = SdkSources.Method($$"""
            var name = CnamDisplayName.Parse("ACME WIDGETS");
            var endUser = new CreateEndUserRequest { FriendlyName = "Acme", Type = "cnam_information", Attributes = TwilioJsonValue.FromJson("{\"cnam_display_name\":\"ACME WIDGETS\"}") };
            var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = TrustProductPolicySid.Parse("{{Cnam}}") });
            """),
    }.WithGeneratedSdk().RunAsync();

    // Each finding ranks its own list; Fix All applies the policy chosen, also where it is not ranked first.
    [Fact]
    public Task Fix_all_applies_the_chosen_policy_everywhere() => new TrustHubTest
    {
        TestCode = Method($$"""
            TrustProductsResource.Create("CNAM", "a@example.com", {|TH1002:"{{Primary}}"|});
            TrustProductsResource.Create("SHAKEN", "a@example.com", {|TH1002:"{{Secondary}}"|});
            """),
        FixedCode = Method($$"""
            TrustProductsResource.Create("CNAM", "a@example.com", "{{Shaken}}");
            TrustProductsResource.Create("SHAKEN", "a@example.com", "{{Shaken}}");
            """),
        CodeActionEquivalenceKey = "TH1002.Replace." + Shaken,
    }.RunAsync();

    // Before: a product policy accepting only the Primary profile still had Secondary offered (the mistake itself).
    [Fact]
    public Task A_profile_policy_the_product_does_not_accept_is_never_offered()
    {
        var policy = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TrustHubGen.Testing.RepoPaths.Root, "specs", "policies", "shaken-stir.json")))!;
        policy["sid"] = "RN0123456789abcdef0123456789abcdef";
        policy["name"] = "PrimaryOnly";
        policy["businessProfile"]!["acceptedPolicySids"] = new System.Text.Json.Nodes.JsonArray(Primary);
        return new TrustHubTest
        {
            TestCode = Method($$"""
                var profile = CustomerProfilesResource.Create("Acme", "a@example.com", {|#0:"{{Secondary}}"|});
                var starter = CustomerProfilesResource.Create("Acme", "a@example.com", {|#1:"{{Starter}}"|});
                var product = TrustProductsResource.Create("Acme", "a@example.com", "RN0123456789abcdef0123456789abcdef");
                """),
            ExpectedDiagnostics =
            {
                Diagnostic("TH1002").WithLocation(0).WithMessage($"The trust product in this method (PrimaryOnly (RN0123456789abcdef0123456789abcdef)) does not accept a Business Profile made with {Secondary}: PrimaryBusinessProfile ({Primary})"),
                Diagnostic("TH1002").WithLocation(1).WithMessage($"The Starter profile policy ({Starter}) cannot make the primary Business Profile the trust product in this method needs; use a Business Profile policy: PrimaryBusinessProfile ({Primary})"),
            },
        }.WithPolicy("/policies/primary-only.json", policy.ToJsonString()).RunAsync();
    }
}
