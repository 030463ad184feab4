using System.Reflection;
using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.SdkSources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;
using C = TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Parity;

/// <summary>
/// The "typed pipeline" column of the parity table (docs/rules/README.md), one test per rule, named after it: the
/// generated <c>&lt;Policy&gt;Onboarding</c> pipelines either report the mistake, do not compile it (the CS error is
/// expected), or do not take the input at all (n/a: the test checks the pipeline's API has no way to pass it).
/// </summary>
public sealed class PipelineParityTests
{
    private static Task Verify(string statements, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected) =>
        Verify(statements, files: [], expected);

    private static Task Verify(string statements, TestAdditionalFile[] files, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new TrustHubTest { TestCode = Method(statements) }.WithGeneratedSdk();
        foreach (var file in files) test.With(file);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task TH1001_cannot_compile_a_pipeline_for_a_policy_the_build_does_not_know() => Verify("""
        var pipeline = {|CS0103:BrandedCallingOnboarding|}.For(profileSid);
        """);

    [Fact]
    public Task TH1002_cannot_compile_a_business_profile_policy_added_to_a_trust_product_pipeline() => Verify("""
        var pipeline = CnamOnboarding.For(profileSid).WithNumbers(numberSid).WithCnamInformation(CnamDisplayName.Parse("Acme")).{|CS1061:AndPrimaryBusinessProfile|}();
        var profile = PrimaryBusinessProfileOnboarding.For({|CS1503:profileSid|});
        """);

    [Fact]
    public void TH1003_not_applicable_no_pipeline_step_takes_a_channel_endpoint_type() =>
        Assert.DoesNotContain(PipelineParameters(), p => p.Name!.Contains("channelEndpoint", StringComparison.OrdinalIgnoreCase) || p.Name == "type");

    [Fact]
    public void TH1004_not_applicable_numbers_go_to_the_engine_which_puts_them_on_the_profile_first()
    {
        // The numbers stage takes numbers only (SIDs, E.164 numbers or every number on the profile), never a target: the
        // engine assigns each to the Business Profile before any product (docs/pipelines.md).
        var numbers = PipelineTypes().Where(t => t.Name == "NumbersStage").SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).ToList();
        Assert.NotEmpty(numbers);
        Assert.All(numbers, m => Assert.All(m.GetParameters(), p => Assert.Contains(p.ParameterType.Name, new[] { "PhoneNumberSid[]", "E164Number[]", "IEnumerable`1" })));
    }

    [Fact]
    public Task TH1005_error_a_placeholder_profile_sid() => Verify("""
        var pipeline = CnamOnboarding.For(CustomerProfileSid.Parse({|#0:"BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|}));
        """,
        Diagnostic("TH1005").WithLocation(0).WithMessage("\"BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" is a placeholder from sample code, not a real Business Profile or trust product SID; use the SID from your account"));

    [Fact]
    public Task TH1006_cannot_compile_a_number_as_the_profile_and_error_where_it_is_parsed() => Verify($$"""
        var pipeline = CnamOnboarding.For({|CS1503:numberSid|});
        var parsed = CnamOnboarding.For(CustomerProfileSid.Parse({|TH1006:"{{C.Number}}"|}));
        """);

    [Fact]
    public Task TH1007_error_a_display_name_literal_and_cannot_compile_a_raw_string() => Verify("""
        var pipeline = CnamOnboarding.For(profileSid).WithNumbers(numberSid).WithCnamInformation(CnamDisplayName.Parse({|TH1007:"1st Choice Plumbing & Heating"|}));
        var raw = CnamOnboarding.For(profileSid).WithNumbers(numberSid).WithCnamInformation({|CS1503:"Acme"|});
        """);

    [Fact]
    public Task TH1008_cannot_compile_an_end_user_the_policy_does_not_take() => Verify("""
        var pipeline = ShakenStirOnboarding.For(profileSid).WithNumbers(numberSid).{|CS1061:WithCnamInformation|}(CnamDisplayName.Parse("Acme"));
        """);

    [Fact]
    public void TH1009_not_applicable_the_engine_submits_with_pending_review_itself() =>
        Assert.DoesNotContain(PipelineParameters(), p => p.Name!.Contains("status", StringComparison.OrdinalIgnoreCase) && !p.Name.Contains("Callback", StringComparison.Ordinal));

    [Fact]
    public Task TH1010_error_numbers_a_policy_of_the_pipeline_does_not_take() => Verify($$"""
        var cnam = CnamOnboarding.For(profileSid).WithPhoneNumbers(E164Number.Parse({|#0:"+18005550100"|}), E164Number.Parse("+12125550100"));
        var added = ShakenStirOnboarding.For(profileSid).WithPhoneNumbers(E164Number.Parse({|TH1010:"+14165550100"|})).AndCnam(CnamDisplayName.Parse("Acme"));
        var shaken = ShakenStirOnboarding.For(profileSid).WithPhoneNumbers(E164Number.Parse("+18005550100"));
        var fromSnapshot = CnamOnboarding.For(profileSid).WithNumbers(PhoneNumberSid.Parse({|#1:"{{SnapshotFiles.TollFree}}"|}), PhoneNumberSid.Parse("{{C.Number}}"));
        """,
        [SnapshotFiles.Snapshot],
        Diagnostic("TH1010").WithLocation(0).WithMessage($"Phone number +18005550100 cannot carry Cnam ({C.Cnam}), which this pipeline onboards: +18005550100 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."),
        Diagnostic("TH1010").WithLocation(1).WithMessage($"Phone number {SnapshotFiles.TollFree} (+18005550100, toll-free per the account snapshot captured 2026-11-21T19:00:00Z) cannot carry Cnam ({C.Cnam}), which this pipeline onboards: +18005550100 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."));

    [Fact]
    public void TH1011_not_applicable_a_pipeline_runs_on_operations_or_a_transport_never_on_a_secret()
    {
        var run = typeof(TrustHubGen.Runtime.Onboarding.OnboardingPipeline).GetMethods().Where(m => m.Name is "RunAsync" or "PlanAsync").ToList();
        Assert.NotEmpty(run);
        Assert.All(run, m => Assert.DoesNotContain(m.GetParameters(), p => p.ParameterType == typeof(string)));
        Assert.DoesNotContain(PipelineParameters(), p => p.Name!.Contains("token", StringComparison.OrdinalIgnoreCase) || p.Name.Contains("secret", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public Task TH1012_cannot_compile_a_submission_before_the_required_end_user() => Verify("""
        var pipeline = CnamOnboarding.For(profileSid).WithNumbers(numberSid).{|CS1061:NotifyEmail|}("ops@example.com");
        """);

    [Fact]
    public Task TH1013_error_an_attribute_value_literal() => Verify("""
        var stage = SecondaryBusinessProfileOnboarding.For("Acme secondary profile").UnderPrimaryProfile(profileSid)
            .WithCustomerProfileBusinessInformation("Acme", "Corporation", "EIN", "12-3456789",
                SecondaryBusinessProfileBusinessIdentity.Parse({|TH1013:"DIRECT_CUSTOMER"|}), "RETAIL", "USA_AND_CANADA", "https://acme.example.com");
        """);

    [Fact]
    public Task TH1014_error_beside_the_CS0117_of_a_number_handle_passed_to_a_pipeline() => SnapshotHandleParity.AssertExplainedAsync("""
        var pipeline = CnamOnboarding.For(profileSid).WithNumbers(PhoneNumberSid.Parse(TrustHubAccount.Numbers.Customer0Line0.Sid));
        """);

    private static IEnumerable<Type> PipelineTypes()
    {
        var assembly = Assembly.Load(GeneratedSdk.Image);
        return assembly.GetTypes().Where(t => t.Namespace == "TrustHubGen.Sdk" && (t.Name.EndsWith("Onboarding", StringComparison.Ordinal) || t.DeclaringType?.Name.EndsWith("Onboarding", StringComparison.Ordinal) == true));
    }

    private static IEnumerable<ParameterInfo> PipelineParameters() =>
        PipelineTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters());
}
