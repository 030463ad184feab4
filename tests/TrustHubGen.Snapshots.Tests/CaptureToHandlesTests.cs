using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Generator;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Snapshots;

namespace TrustHubGen.Snapshots.Tests;

/// <summary>The whole chain: capture the emulator's account, give the file to the generator, compile code naming its numbers.</summary>
public sealed class CaptureToHandlesTests
{
    [Fact]
    public async Task A_captured_account_generates_handles_that_name_exactly_the_numbers_on_the_profile()
    {
        string json;
        EmulatorSeedInfo seed;
        using (var http = new HttpClient())
        await using (var host = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero }))
        {
            seed = host.Seed;
            var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(host.AccountSid, host.AuthToken) };
            options.UseBaseAddressForAllHosts(host.BaseAddress);
            json = (await AccountSnapshotCapture.CaptureAsync(new TwilioHttpTransport(http, options), host.AccountSid)).ToJson();
        }

        // The emulator names numbers as Twilio does, "(415) 555-0100", so handles are named from the digits.
        string Name(string e164) => "Number" + e164.TrimStart('+');
        var onProfile = seed.NumbersOnProfile[0];
        var offProfile = seed.NumbersNotOnProfile[0];
        string code = $$"""
            namespace Consumer;
            internal static class Use
            {
                internal static string Profile => TrustHubGen.Sdk.TrustHubAccount.Profiles.OwlIndustriesPrimaryBusinessProfile.Sid;
                internal static string OnProfile => TrustHubGen.Sdk.TrustHubAccount.Profiles.OwlIndustriesPrimaryBusinessProfile.Numbers.{{Name(onProfile.PhoneNumber)}};
                internal static string Account => TrustHubGen.Sdk.TrustHubAccount.Numbers.{{Name(offProfile.PhoneNumber)}}.Sid;
                internal static string OffProfile => TrustHubGen.Sdk.TrustHubAccount.Profiles.OwlIndustriesPrimaryBusinessProfile.Numbers.{{Name(offProfile.PhoneNumber)}};
            }
            """;

        var diagnostics = Compile(json, code);

        var error = Assert.Single(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal("CS0117", error.Id);
        Assert.Contains(Name(offProfile.PhoneNumber), error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(6, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    private static ImmutableArray<Diagnostic> Compile(string snapshot, string code)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12);
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(code, parse, path: "Use.cs")],
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var file = new SnapshotText("/app/trusthub.snapshot.json", snapshot);
        var driver = CSharpGeneratorDriver.Create([new TrustHubGenerator().AsSourceGenerator()], [file], parse, new SnapshotOptions(file.Path));
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return generatorDiagnostics.AddRange(output.GetDiagnostics());
    }

    private sealed class SnapshotText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>The item metadata MSBuild would pass for the snapshot file; no global properties (no age check).</summary>
    private sealed class SnapshotOptions(string snapshotPath) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == snapshotPath
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "Snapshot" })
            : GlobalOptions;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}
