using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.SdkShapes;
using Cnst = TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.SdkSurface;

/// <summary>Surface 2: the onboarding engine's inputs written in source (policy overrides, end-user attributes, profile SIDs).</summary>
public sealed class OnboardingInputTests
{
    [Fact]
    public Task Policy_overrides_unknown_and_of_the_wrong_kind() => TrustHubTest.VerifyAsync(OnboardingMethod($$"""
        var typo = new OnboardingPolicy { Name = "Cnam", Sid = {|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea54"|} };
        var invented = new OnboardingPolicy { Sid = {|TH1001:"RN0123456789abcdef0123456789abcdef"|}, Name = "Mine" };
        var profileAsProduct = new OnboardingPolicy { Sid = {|TH1002:"{{Cnst.Primary}}"|}, Name = "Primary" };
        var productAsProfile = new OnboardingPolicy { Sid = {|TH1002:"{{Cnst.Cnam}}"|}, Name = "Cnam", Kind = OnboardingBundleKind.CustomerProfile };
        var accepted = new OnboardingPolicy
        {
            Sid = "{{Cnst.Shaken}}",
            Name = "Shaken",
            AcceptedProfilePolicySids = new[] { "{{Cnst.Primary}}", {|TH1002:"{{Cnst.Cnam}}"|} },
        };
        var listed = new OnboardingPolicy { Sid = "{{Cnst.Shaken}}", Name = "S", AcceptedProfilePolicySids = [{|TH1005:"RN123"|}] };
        var changed = typo with { Sid = {|TH1001:"RN7a97559effdf62d00f4298208492a5eb"|} };
        """));

    [Fact]
    public Task Known_policies_of_the_right_kind_and_unknown_values_are_silent() => TrustHubTest.VerifyAsync(OnboardingMethod($$"""
        var cnam = new OnboardingPolicy { Sid = "{{Cnst.Cnam}}", Name = "Cnam" };
        var profile = new OnboardingPolicy { Sid = "{{Cnst.Primary}}", Name = "Primary", Kind = OnboardingBundleKind.CustomerProfile };
        var fromInput = new OnboardingPolicy { Sid = input, Name = "Input", AcceptedProfilePolicySids = new[] { input } };
        var changed = profile with { Sid = "{{Cnst.Secondary}}" };
        var kindUnknown = new OnboardingPolicy { Sid = "{{Cnst.Primary}}", Name = "P", Kind = (OnboardingBundleKind)int.Parse(input) };
        """));

    [Fact]
    public Task End_user_attributes_unknown_types_and_bad_values() => TrustHubTest.VerifyAsync(OnboardingMethod($$"""
        var request = new OnboardingRequest
        {
            BusinessProfileSid = "{{Cnst.Profile}}",
            Policies = Array.Empty<OnboardingPolicy>(),
            Numbers = OnboardingNumbers.EveryNumberOnProfile,
            NotificationEmail = "ops@example.com",
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [{|TH1008:"cnam-information"|}] = new Dictionary<string, string> { ["cnam_display_name"] = "Acme Plumbing Services" },
                ["customer_profile_business_information"] = new Dictionary<string, string>
                {
                    ["business_identity"] = {|TH1013:"Direct_Customer"|},
                    ["business_name"] = "Acme Plumbing and Heating of Springfield",
                },
            },
        };
        var cnam = request with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                { "cnam_information", new Dictionary<string, string> { ["cnam_display_name"] = {|TH1007:"Acme Plumbing Services"|} } },
                { "authorized_representative_1", new Dictionary<string, string> { { "email", {|TH1013:"ops.example.com"|} } } },
            },
        };
        """));

    [Fact]
    public Task Valid_attributes_and_values_it_cannot_know_are_silent() => TrustHubTest.VerifyAsync(OnboardingMethod($$"""
        var attributes = new Dictionary<string, string> { ["cnam_display_name"] = "1st Choice Plumbing" };
        var request = new OnboardingRequest
        {
            BusinessProfileSid = input,
            Policies = Array.Empty<OnboardingPolicy>(),
            Numbers = OnboardingNumbers.EveryNumberOnProfile,
            NotificationEmail = "ops@example.com",
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = "Acme Plumbing", ["unknown_attribute"] = "!!" },
                ["voice_integrity_information"] = attributes,
                [input] = new Dictionary<string, string> { ["cnam_display_name"] = "1st Choice Plumbing" },
                ["authorized_representative_1"] = new Dictionary<string, string> { ["email"] = input },
            },
        };
        """));

    [Fact]
    public Task Business_profile_sids_are_checked() => TrustHubTest.VerifyAsync(OnboardingMethod($$"""
        var a = new OnboardingRequest
        {
            BusinessProfileSid = {|TH1005:"BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|},
            Policies = Array.Empty<OnboardingPolicy>(),
            Numbers = OnboardingNumbers.EveryNumberOnProfile,
            NotificationEmail = "ops@example.com",
        };
        var b = a with { BusinessProfileSid = {|TH1006:"{{Cnst.Number}}"|} };
        """));

    private static string Attributes(string type) => OnboardingMethod($$"""
        var request = new OnboardingRequest
        {
            BusinessProfileSid = "{{Cnst.Profile}}",
            Policies = Array.Empty<OnboardingPolicy>(),
            Numbers = OnboardingNumbers.EveryNumberOnProfile,
            NotificationEmail = "ops@example.com",
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [{{type}}] = new Dictionary<string, string> { ["cnam_display_name"] = "Acme Plumbing" },
            },
        };
        """);

    [Fact]
    public Task Fix_replaces_an_unknown_end_user_type_key() =>
        TrustHubTest.VerifyFixAsync(Attributes("{|TH1008:\"cnam-information\"|}"), Attributes("\"cnam_information\""));

    [Fact]
    public Task Fix_all_in_project_replaces_a_policy_override_typo_in_every_file() => new TrustHubTest
    {
        TestState =
        {
            Sources =
            {
                OnboardingMethod("""var a = new OnboardingPolicy { Name = "Cnam", Sid = {|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea54"|} };"""),
                OnboardingMethod("""var b = new OnboardingPolicy { Name = "Cnam", Sid = {|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea55"|} };""").Replace("class Uses", "class Uses2"),
            },
        },
        FixedState =
        {
            Sources =
            {
                OnboardingMethod($$"""var a = new OnboardingPolicy { Name = "Cnam", Sid = "{{Cnst.Cnam}}" };"""),
                OnboardingMethod($$"""var b = new OnboardingPolicy { Name = "Cnam", Sid = "{{Cnst.Cnam}}" };""").Replace("class Uses", "class Uses2"),
            },
        },
    }.RunAsync();
}
