using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Tests.Infrastructure;

namespace TrustHubGen.Analyzers.Tests;

/// <summary>What the analyzers assume about the two surfaces, checked against the real Twilio package and the generated SDK.</summary>
public sealed class SurfaceFactsTests
{
    /// <summary>
    /// Twilio's StatusEnum classes hold their wire values only at run time: the analyzers derive them from the field
    /// names (kebab case; upper snake case for supporting documents). Every Trust Hub StatusEnum of Twilio 8.2.0 agrees.
    /// </summary>
    [Fact]
    public void Status_spellings_match_every_trust_hub_status_enum_of_the_real_twilio_package()
    {
        var compilation = CSharpCompilation.Create("Statuses", [], TestReferences.All);
        var enums = typeof(Twilio.TwilioClient).Assembly.GetTypes()
            .Where(t => t.Name == "StatusEnum" && t.Namespace?.StartsWith("Twilio.Rest.Trusthub.V1", StringComparison.Ordinal) == true).ToList();
        Assert.True(enums.Count >= 5, $"Found only {enums.Count} StatusEnum classes.");
        var statuses = new StatusTypes();
        foreach (var type in enums)
        {
            var symbol = compilation.GetTypeByMetadataName(type.FullName!)!;
            var derived = statuses.Of(symbol)!;
            var actual = type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type)
                .Select(f => (f.Name, f.GetValue(null)!.ToString()!)).ToList();
            Assert.Equal(actual, derived.Values.Select(v => (v.Member, v.Wire)));
        }
    }

    [Fact]
    public void Supporting_document_statuses_are_upper_case_in_twilio_8_2_0() =>
        Assert.Equal("PENDING_REVIEW", Twilio.Rest.Trusthub.V1.SupportingDocumentResource.StatusEnum.PendingReview.ToString());

    /// <summary>The generated names the SDK reader maps to Twilio's resources exist in the SDK our generator emits.</summary>
    [Fact]
    public void Every_generated_client_and_record_the_sdk_reader_knows_exists()
    {
        var compilation = CSharpCompilation.Create("Sdk", [], TestReferences.All.Add(GeneratedSdk.Reference));
        foreach (var (client, record, _) in GeneratedCallReader.Resources)
        {
            Assert.NotNull(compilation.GetTypeByMetadataName("TrustHubGen.Sdk." + client));
            Assert.NotNull(compilation.GetTypeByMetadataName("TrustHubGen.Sdk." + record) ?? compilation.GetTypeByMetadataName("TrustHubGen.Sdk.Policy"));
        }
    }
}
