using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TrustHubGen.Analyzers;
using TrustHubGen.Generator;

namespace TrustHubGen.Verdict.Tests;

/// <summary>
/// The package's compile-time side: the generator and every shipped analyzer over one compilation, the way the
/// compiler runs them, with the policy files as <c>TrustHubGenKind=Policy</c> additional files. Numbers are judged
/// where code looks them up with Twilio's own library in a method that creates a trust product (TH1010); display
/// names where code hands them to the onboarding engine (TH1007).
/// </summary>
internal static class CompilerVerdicts
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(TrustHubCallAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>Every case of the table in one compilation (a class per case); returns the verdicts by case.</summary>
    public static async Task<(Verdict[] Numbers, Verdict[] Attributes)> JudgeAsync(IReadOnlyDictionary<string, string> policySids, IReadOnlyList<(string Path, string Text)> policyFiles)
    {
        var source = new StringBuilder("""
            using System;
            using System.Collections.Generic;
            using Twilio.Rest.Trusthub.V1;
            using Twilio.Rest.Api.V2010.Account;
            using TrustHubGen.Runtime.Onboarding;

            """);
        for (var i = 0; i < VerdictTable.Numbers.Count; i++)
        {
            var row = VerdictTable.Numbers[i];
            source.Append($$"""
                public static class Number{{i}}
                {
                    public static void Run()
                    {
                        var product = TrustProductsResource.Create("Verdict", "ops@example.com", "{{policySids[row.Policy]}}");
                        var number = IncomingPhoneNumberResource.Read(phoneNumber: {{Literal(row.Number)}});
                    }
                }

                """);
        }

        for (var i = 0; i < VerdictTable.Attributes.Count; i++)
        {
            source.Append($$"""
                public static class Attribute{{i}}
                {
                    public static OnboardingRequest Run() => new()
                    {
                        BusinessProfileSid = "BU0123456789abcdef0123456789abcdef",
                        Policies = Array.Empty<OnboardingPolicy>(),
                        Numbers = OnboardingNumbers.EveryNumberOnProfile,
                        NotificationEmail = "ops@example.com",
                        EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
                        {
                            ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = {{Literal(VerdictTable.Attributes[i].Value)}} },
                        },
                    };
                }

                """);
        }

        var (output, generatorDiagnostics) = RunGenerator(Compile(source.ToString()), policyFiles);
        var generatorErrors = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(generatorErrors.Count == 0, "The generator refused the table's policies:\n" + string.Join("\n", generatorErrors));
        var compileErrors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(compileErrors.Count == 0, "The table's source does not compile:\n" + string.Join("\n", compileErrors));

        var byCase = new Dictionary<string, List<Diagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in await AnalyzeAsync(output, policyFiles))
        {
            if (diagnostic.Id is not ("TH1010" or "TH1007" or "TH1013")) continue;
            var node = diagnostic.Location.SourceTree!.GetRoot().FindNode(diagnostic.Location.SourceSpan);
            var owner = node.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().First().Identifier.Text;
            (byCase.TryGetValue(owner, out var list) ? list : byCase[owner] = []).Add(diagnostic);
        }

        return (Collect("Number", VerdictTable.Numbers.Count), Collect("Attribute", VerdictTable.Attributes.Count));

        Verdict[] Collect(string prefix, int count) => Enumerable.Range(0, count)
            .Select(i => byCase.TryGetValue(prefix + i, out var found)
                ? Verdict.Refused(string.Join(" | ", found.Select(d => $"{d.Id}: {d.GetMessage()}")))
                : Verdict.Accepted)
            .ToArray();
    }

    /// <summary>The generator's diagnostics for one policy file (TH01xx as the compiler reports them).</summary>
    public static IReadOnlyList<Diagnostic> GeneratorDiagnostics(string path, string text) =>
        RunGenerator(Compile("public static class Empty { }"), [(path, text)]).Diagnostics;

    private static CSharpCompilation Compile(string source)
    {
        var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(Twilio.Rest.Trusthub.V1.TrustProductsResource).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(Newtonsoft.Json.JsonConvert).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(TrustHubGen.Runtime.TwilioSid).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(TrustHubGen.Policies.PolicyDefinition).Assembly.Location));
        return CSharpCompilation.Create("Verdict", [CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Verdict.cs")], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static (Compilation Output, IReadOnlyList<Diagnostic> Diagnostics) RunGenerator(Compilation compilation, IReadOnlyList<(string Path, string Text)> policyFiles)
    {
        var options = Options(policyFiles);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new TrustHubGenerator().AsSourceGenerator()], options.AdditionalFiles, ParseOptions, options.AnalyzerConfigOptionsProvider);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (output, diagnostics);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, IReadOnlyList<(string Path, string Text)> policyFiles)
    {
        var exceptions = new ConcurrentBag<string>();
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            Options(policyFiles), (exception, analyzer, _) => exceptions.Add($"{analyzer.GetType().Name}: {exception}"),
            concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        Assert.True(exceptions.IsEmpty && !diagnostics.Any(d => d.Id == "AD0001"), "An analyzer threw:\n" + string.Join("\n", exceptions));
        return diagnostics;
    }

    private static AnalyzerOptions Options(IReadOnlyList<(string Path, string Text)> policyFiles) => new(
        policyFiles.Select(f => (AdditionalText)new PolicyText(f.Path, f.Text)).ToImmutableArray(),
        new PolicyKindProvider(policyFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal)));

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private sealed class PolicyText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Answers <c>build_metadata.AdditionalFiles.TrustHubGenKind = Policy</c> for the policy files, as the package's props do.</summary>
    private sealed class PolicyKindProvider(HashSet<string> policyPaths) : AnalyzerConfigOptionsProvider
    {
        private static readonly Values None = new(null);
        private static readonly Values Policy = new("Policy");

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => policyPaths.Contains(textFile.Path) ? Policy : None;

        private sealed class Values(string? kind) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == "build_metadata.AdditionalFiles.TrustHubGenKind" ? kind : null;
                return value is not null;
            }
        }
    }
}
