using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Tests.Infrastructure;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>
/// TH1004 and TH1010 on numbers named by the account snapshot's typed handles (<c>TrustHubAccount.Numbers.X.Sid</c>,
/// <c>TrustHubAccount.Profiles.P.Numbers.X</c>), the way docs/snapshot.md shows them, as on the same SIDs written with
/// <c>PhoneNumberSid.Parse("PN…")</c>: the real generator emits the SDK and the handles from <see cref="SnapshotFiles"/>.
/// </summary>
public sealed class SnapshotHandleValueTests
{
    private const string Source = """
        using TrustHubGen.Sdk;
        namespace Consumer;
        internal static class Uses
        {
            internal static async System.Threading.Tasks.Task SdkAsync(TrustHubClient trustHub)
            {
                var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = PolicyCatalog.Cnam.Sid });
                await trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = TrustHubAccount.Profiles.OwlIndustries.Sid });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = TrustHubAccount.Numbers.MainLine.Sid });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = TrustHubAccount.Numbers.Number12125550101.Sid });
                await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone-number", ChannelEndpointSid = TrustHubAccount.Profiles.OwlIndustries.Numbers.Number18005550100 });
            }

            internal static object Pipelines() => new object[]
            {
                CnamOnboarding.For(TrustHubAccount.Profiles.OwlIndustries.Sid).WithNumbers(TrustHubAccount.Numbers.MainLine.Sid),
                CnamOnboarding.For(TrustHubAccount.Profiles.OwlIndustries.Sid).WithNumbers(TrustHubAccount.Numbers.Number18005550100.Sid, TrustHubAccount.Profiles.OwlIndustries.Numbers.Number14165550100),
            };
        }
        """;

    [Fact]
    public async Task Handles_are_checked_as_their_sids()
    {
        var options = TestConfigOptionsProvider.Create([.. GeneratorRun.OfficialInputs(), SnapshotFiles.Snapshot]);
        var (_, output, _) = GeneratorRun.Run(AnalyzerRunner.Compile([("/src/Uses.cs", Source)]), options);

        var diagnostics = await AnalyzerRunner.RunAsync(output, options);

        var found = diagnostics.Where(d => d.Id.StartsWith("TH", StringComparison.Ordinal)).OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => (d.Id, d.Severity, Source[d.Location.SourceSpan.Start..d.Location.SourceSpan.End].Split('.')[^1]));
        Assert.Equal(
        [
            ("TH1004", DiagnosticSeverity.Warning, "Sid"),                  // Number12125550101: the account's, on no profile
            ("TH1010", DiagnosticSeverity.Error, "Number18005550100"),      // toll-free, on a CNAM product
            ("TH1010", DiagnosticSeverity.Error, "Sid"),                    // toll-free, to a CNAM pipeline
            ("TH1010", DiagnosticSeverity.Error, "Number14165550100"),      // Canadian, to a CNAM pipeline
        ], found);
        Assert.Contains(diagnostics, d => d.Id == "TH1004" && d.GetMessage().Contains(Sources.OtherNumber, StringComparison.Ordinal));
    }
}
