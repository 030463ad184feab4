using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.SdkSources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;
using C = TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Parity;

/// <summary>
/// The rules on the SDK as a project with a policy file of its own gets it from the package (issue 15): the packaged
/// policies' entries, value types and pipelines in metadata (TrustHubGen.Sdk.DefaultPolicies.dll), the PolicyCatalog
/// container, whose classes derive from those entries, and the own policy's code in source. The same findings, with the
/// same messages, as where everything is generated, on packaged and own policies alike.
/// </summary>
public sealed class PrecompiledOwnPolicyTests
{
    private const string Create = GeneratedSdkParityTests.Create;

    private static Task Verify(string statements, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new TrustHubTest { TestCode = Method(statements) }.WithPrecompiledSdkAndOwnPolicy();
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    [Fact]
    public Task A_packaged_policys_sid_read_through_the_generated_container_from_the_precompiled_entry() => Verify($$"""
        var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.Cnam.Sid });
        await foreach (var number in api.IncomingPhoneNumbers.ListAsync(new ListIncomingPhoneNumberRequest { PhoneNumber = {|#0:"+18005550100"|} })) { }
        """,
        Diagnostic("TH1010").WithLocation(0).WithMessage($"Phone number +18005550100 cannot carry Cnam ({C.Cnam}), created in this method: +18005550100 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."));

    [Fact]
    public Task The_own_policys_sid_read_through_the_generated_container() => Verify($$"""
        var product = await trustHub.TrustProducts.CreateAsync({{Create}}PolicyCatalog.Branded.Sid });
        await foreach (var number in api.IncomingPhoneNumbers.ListAsync(new ListIncomingPhoneNumberRequest { PhoneNumber = {|#0:"+18005550100"|} })) { }
        """,
        Diagnostic("TH1010").WithLocation(0).WithMessage($"Phone number +18005550100 cannot carry Branded ({PrecompiledParts.OwnPolicySid}), created in this method: +18005550100 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."));

    [Fact]
    public Task Pipelines_and_value_types_of_packaged_and_own_policies() => Verify("""
        var cnam = CnamOnboarding.For(profileSid).WithPhoneNumbers(E164Number.Parse({|#0:"+18005550100"|})).WithCnamInformation(CnamDisplayName.Parse({|TH1007:"1st Choice Plumbing & Heating"|}));
        var branded = BrandedOnboarding.For(profileSid).WithPhoneNumbers(E164Number.Parse({|#1:"+18005550100"|})).WithCnamInformation(BrandedCnamDisplayName.Parse({|TH1007:"1st Choice Plumbing & Heating"|}));
        var both = ShakenStirOnboarding.For(profileSid).WithPhoneNumbers(E164Number.Parse("+12125550100")).AndCnam(CnamDisplayName.Parse("Acme")).AndBranded(BrandedCnamDisplayName.Parse("Acme"));
        """,
        Diagnostic("TH1010").WithLocation(0).WithMessage($"Phone number +18005550100 cannot carry Cnam ({C.Cnam}), which this pipeline onboards: +18005550100 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."),
        Diagnostic("TH1010").WithLocation(1).WithMessage($"Phone number +18005550100 cannot carry Branded ({PrecompiledParts.OwnPolicySid}), which this pipeline onboards: +18005550100 is a toll-free number (+1 800); this policy does not accept toll-free numbers; use a local number from US."));

    [Fact]
    public void The_project_generates_the_container_and_the_own_policys_code_only() =>
        Assert.Equal(["BrandedOnboarding.g.cs", "PolicyAttributeValues.Branded.g.cs", "PolicyCatalog.g.cs", "PolicyCatalogEntries.Branded.g.cs"],
            PrecompiledParts.Generated.Select(g => g.HintName).Order(StringComparer.Ordinal));
}
