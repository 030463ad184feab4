using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TrustHubGen.Generator.Tests.Infrastructure;

/// <summary>An additional file held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild properties and per-file item metadata as the compiler would see them.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
    : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        new DictionaryOptions(perFile.TryGetValue(textFile.Path, out var options) ? options : new Dictionary<string, string>());

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);

        public override IEnumerable<string> Keys => values.Keys;
    }
}

/// <summary>One input file with its TrustHubGen metadata.</summary>
internal sealed record TestInput(string Path, string Text, string Kind, string? Operations = null, string? Paths = null, string? SidNames = null)
{
    public static TestInput OpenApi(string path, string? operations = null, string? sidNames = null) =>
        new(path, File.ReadAllText(path), "OpenApi", operations, null, sidNames);

    public static TestInput Policy(string path) => new(path, File.ReadAllText(path), "Policy");

    public IReadOnlyDictionary<string, string> Metadata()
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrustHubGenKind"] = Kind };
        if (Operations is not null) metadata["build_metadata.AdditionalFiles.TrustHubGenOperations"] = Operations;
        if (Paths is not null) metadata["build_metadata.AdditionalFiles.TrustHubGenPaths"] = Paths;
        if (SidNames is not null) metadata["build_metadata.AdditionalFiles.TrustHubGenSidNames"] = SidNames;
        return metadata;
    }

    /// <summary>The inputs the package uses by default: the whole Trust Hub spec, the API 2010 selection, the shipped policies.</summary>
    public static ImmutableArray<TestInput> Official(bool policies = true)
    {
        var inputs = new List<TestInput>
        {
            OpenApi(RepoPaths.TrustHubSpec),
            OpenApi(RepoPaths.Api2010Spec, "ListIncomingPhoneNumber;FetchIncomingPhoneNumber;ListAccount;FetchAccount", "PN=PhoneNumberSid"),
        };
        if (policies) inputs.AddRange(RepoPaths.PolicyFiles.Select(Policy));
        return [.. inputs];
    }
}
