using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.SdkSources;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>Surface 2: generated attribute value types (contract C1), recognised only by their [PolicyAttributeValue] marker.</summary>
public sealed class AttributeValueTypeTests
{
    [Fact]
    public Task Parse_and_TryParse_with_a_constant_that_breaks_the_rule() => AnalyzerVerifier.VerifyAsync(new[]
    {
        Method("""
            var a = CnamDisplayName.Parse({|TH1007:"Acme Plumbing Services"|});
            CnamDisplayName.TryParse({|TH1007:"1st Choice"|}, out var b, out var error);
            var c = Value17.Parse({|TH1013:"Direct_Customer"|});
            Value17.TryParse(value: {|TH1013:"reseller"|}, result: out var d, error: out _);
            var e = RepresentativeEmail.Parse({|TH1013:"ops.example.com"|});
            """),
        AttributeValueTypes,
    });

    [Fact]
    public Task Constants_from_another_file_interpolations_and_locals_count() => AnalyzerVerifier.VerifyAsync(new[]
    {
        Method("""
            const string city = "Texas";
            var a = CnamDisplayName.Parse({|TH1007:city|});
            var b = CnamDisplayName.Parse({|TH1007:Names.Long|});
            var c = CnamDisplayName.Parse({|TH1007:$"{Names.Short} & Sons"|});
            """),
        """
        public static class Names
        {
            public const string Short = "Acme";
            public static readonly string Long = Short + " Plumbing and Heating";
        }
        """,
        AttributeValueTypes,
    });

    [Fact]
    public Task Valid_unknown_and_unmarked_values_are_silent() => AnalyzerVerifier.VerifyAsync(new[]
    {
        Method("""
            var a = CnamDisplayName.Parse("Acme Plumbing");
            var b = CnamDisplayName.Parse(input);
            CnamDisplayName.TryParse(Console.ReadLine(), out var c, out _);
            var d = Value17.Parse("isv_reseller_or_partner");
            var e = RepresentativeEmail.Parse("ops@example.com");
            var f = UnknownPolicyName.Parse("1st Choice Plumbing & Heating");
            var g = BusinessIdentity.Parse("Direct_Customer");
            """),
        AttributeValueTypes,
    });

    [Fact]
    public Task Fix_all_in_document_corrects_every_cnam_name() => CodeFixVerifier.VerifyFixAllAsync(
        new[]
        {
            Method("""
                var a = CnamDisplayName.Parse("Acme Plumbing Services");
                CnamDisplayName.TryParse("1st Choice", out var b, out _);
                """) + AttributeValueTypes,
        },
        "TH1007",
        new[]
        {
            Method("""
                var a = CnamDisplayName.Parse("Acme Plumbing");
                CnamDisplayName.TryParse("st Choice", out var b, out _);
                """) + AttributeValueTypes,
        },
        Microsoft.CodeAnalysis.CodeFixes.FixAllScope.Document);
}
