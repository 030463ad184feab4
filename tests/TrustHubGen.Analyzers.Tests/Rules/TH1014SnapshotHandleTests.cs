using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using TrustHubGen.Testing;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>
/// TH1014 beside the CS0117 of a handle the generator left out (the real generator, on an ISV snapshot of 1,200
/// numbers: over the default limit of 1,000 numbers, while its 61 profiles and 120 trust products keep their handles).
/// </summary>
public sealed class TH1014SnapshotHandleTests
{
    private static async Task<(List<Diagnostic> Errors, List<Diagnostic> Th1014)> RunAsync(int numbers, string source)
    {
        var options = TestConfigOptionsProvider.Create([TestAdditionalFile.Snapshot("/repo/trusthub.snapshot.json", IsvSnapshot.Json(numbers))]);
        var (_, output, _) = GeneratorRun.Run(AnalyzerRunner.Compile([("/src/Uses.cs", source)]), options);
        var diagnostics = await AnalyzerRunner.RunAsync(output, options, requireCleanCompile: false);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return (errors, diagnostics.Where(d => d.Id == "TH1014").OrderBy(d => d.Location.SourceSpan.Start).ToList());
    }

    private const string Uses = """
        namespace Consumer;
        internal static class Uses
        {
            internal static string Number => TrustHubGen.Sdk.TrustHubAccount.Numbers.Customer0Line0.PhoneNumber;
            internal static string OnProfile => TrustHubGen.Sdk.TrustHubAccount.Profiles.Customer0SecondaryProfile.Numbers.Customer0Line0;
            internal static string Profile => TrustHubGen.Sdk.TrustHubAccount.Profiles.Customer0SecondaryProfile.Sid;
            internal static string Product => TrustHubGen.Sdk.TrustHubAccount.TrustProducts.Customer0CNAM.Sid;
            internal static int Count => TrustHubGen.Sdk.TrustHubAccount.NumberCount;
        }
        """;

    [Fact]
    public async Task Explains_each_CS0117_on_a_kind_left_out_over_the_limit()
    {
        var (errors, th1014) = await RunAsync(1_200, Uses);

        Assert.Equal(["CS0117", "CS0117"], errors.Select(e => e.Id));
        Assert.Equal(["Customer0Line0", "Numbers"], th1014.Select(d => d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length)));
        Assert.Equal(errors.Select(e => e.Location.GetLineSpan().StartLinePosition.Line), th1014.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Equal(
            "TrustHubAccount.Numbers has no handle 'Customer0Line0': the account snapshot has 1,200 numbers, more than TrustHubGenSnapshotHandleLimit (1,000), "
            + "so none of them has a member. Write the SID instead (PhoneNumberSid.Parse(\"…\"), or the string), which TH1004 and TH1010 check against the snapshot, "
            + "or raise TrustHubGenSnapshotHandleLimit to generate the handles",
            th1014[0].GetMessage());
        Assert.StartsWith("TrustHubAccount.Profiles.Customer0SecondaryProfile has no handle 'Numbers': the account snapshot has 1,200 numbers", th1014[1].GetMessage(), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, th1014[0].Severity);
    }

    [Fact]
    public async Task A_wrong_name_in_a_kind_that_has_its_handles_is_CS0117_alone()
    {
        var (errors, th1014) = await RunAsync(100, Uses.Replace("Customer0Line0.PhoneNumber", "NoSuchLine.PhoneNumber", StringComparison.Ordinal));

        Assert.Equal("CS0117", Assert.Single(errors).Id);
        Assert.Empty(th1014);
    }

    [Fact]
    public async Task Silent_when_every_kind_has_its_handles()
    {
        var (errors, th1014) = await RunAsync(100, Uses);

        Assert.Empty(errors);
        Assert.Empty(th1014);
    }
}
