using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Pipelines;

/// <summary>How value types and pipelines are named, and which policies get a pipeline.</summary>
public sealed class PipelineNamingTests
{
    [Fact]
    public void ShippedPoliciesGiveTheDocumentedNames()
    {
        var names = GeneratedTypeNames(TestInput.Official());

        Assert.Contains("CnamDisplayName", names);
        Assert.Contains("CnamOnboarding", names);
        Assert.Contains("ShakenStirOnboarding", names);
        Assert.Contains("VoiceIntegrityOnboarding", names);
        // business_identity is on both the primary and the secondary profile policies: prefixed by the policy.
        Assert.Contains("PrimaryBusinessProfileBusinessIdentity", names);
        Assert.Contains("SecondaryBusinessProfileBusinessIdentity", names);
        // email is on two end users of the same policy: prefixed by the policy and the end-user type.
        Assert.Contains("PrimaryBusinessProfileAuthorizedRepresentative1Email", names);
        // Customer-profile policies get a Business Profile pipeline.
        Assert.Contains("SecondaryBusinessProfileOnboarding", names);
    }

    [Fact]
    public void AnOwnPolicyWithAnAttributeOfAPackagedNameTakesTheLongerNameAndThePackagedOneKeepsItsOwn()
    {
        var inputs = TestInput.Official().Add(new TestInput("/policies/rival.json", RivalPolicy, "Policy"));

        var names = GeneratedTypeNames(inputs);

        // The packaged CNAM policy's names never depend on the project's own policies (its precompiled code stands for it).
        Assert.Contains("CnamDisplayName", names);
        Assert.Contains("RivalCnamDisplayName", names);
        Assert.Contains("RivalOnboarding", names);
        Assert.DoesNotContain("CnamCnamDisplayName", names);
        // "EndUser" is the SDK's model of an end user: the value type takes the longer name.
        Assert.Contains("RivalEndUser", names);
    }

    [Fact]
    public void TwoOwnPoliciesSharingAnAttributeArePrefixedAmongThemselves()
    {
        var other = RivalPolicy.Replace("RN00000000000000000000000000000001", "RN00000000000000000000000000000002", StringComparison.Ordinal)
            .Replace("\"Rival\"", "\"Other\"", StringComparison.Ordinal).Replace("cnam_display_name", "brand_name", StringComparison.Ordinal);
        var rival = RivalPolicy.Replace("cnam_display_name", "brand_name", StringComparison.Ordinal);
        var names = GeneratedTypeNames(TestInput.Official().Add(new TestInput("/policies/rival.json", rival, "Policy")).Add(new TestInput("/policies/other.json", other, "Policy")));

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "CnamDisplayName", "RivalBrandName", "OtherBrandName" }, names);
        Assert.DoesNotContain("BrandName", names);
    }

    [Fact]
    public void APackagedPolicyLeftOutRenamesNoOther()
    {
        // business_identity is on both profile policies: without the Secondary one, the Primary one keeps its prefixed name.
        var inputs = TestInput.Official().Where(i => !i.Path.EndsWith("secondary-business-profile.json", StringComparison.Ordinal));

        var names = GeneratedTypeNames(inputs);

        Assert.Contains("PrimaryBusinessProfileBusinessIdentity", names);
        Assert.DoesNotContain("BusinessIdentity", names);
    }

    [Fact]
    public void WithoutTheSdkSidsOnlyValueTypesAreGenerated()
    {
        var (_, result, output) = GeneratorHarness.Run([.. RepoPaths.PolicyFiles.Select(TestInput.Policy)]);

        Assert.Empty(GeneratorHarness.Problems(result, output));
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("PolicyAttributeValues.Cnam.g.cs", hints);
        Assert.DoesNotContain(hints, h => h.EndsWith("Onboarding.g.cs", StringComparison.Ordinal));
    }

    // Top-level type names only: PolicyCatalog's nested classes reuse attribute names on purpose.
    private static HashSet<string> GeneratedTypeNames(IEnumerable<TestInput> inputs)
    {
        var (_, result, output) = GeneratorHarness.Run(inputs);
        Assert.Empty(GeneratorHarness.Problems(result, output));
        return output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes())
            .OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>()
            .Where(t => t.Parent is not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax)
            .Select(t => t.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
    }

    // A made-up trust product whose end user also has a cnam_display_name, and an attribute named like an SDK type.
    private const string RivalPolicy = """
        {
          "sid": "RN00000000000000000000000000000001",
          "name": "Rival",
          "friendlyName": "Rival trust product",
          "kind": "trust-product",
          "confidence": "medium",
          "source": "test",
          "businessProfile": { "required": true, "acceptedPolicySids": [], "requiredStatus": "twilio-approved", "requiredRegistrationIdentifiers": [] },
          "endUsers": [ { "type": "rival_information", "min": 1, "max": 1, "attributes": [
            { "name": "cnam_display_name", "required": true, "maxLength": 20 },
            { "name": "end_user", "required": false, "maxLength": 20 } ] } ],
          "supportingDocuments": [],
          "channelEndpoints": { "type": "phone-number", "mustBeOnBusinessProfile": true, "allowedCountries": [], "tollFreeAllowed": true, "allowedAfterSubmission": true },
          "submission": { "clientSettableStatuses": ["draft", "pending-review"], "evaluateBeforeSubmit": true }
        }
        """;
}
