using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>An additional file as MSBuild would pass it, with its item metadata (e.g. TrustHubGenKind=Policy).</summary>
internal sealed record TestAdditionalFile(string Path, string Text, IReadOnlyDictionary<string, string> Metadata)
{
    public static TestAdditionalFile Policy(string path, string text) =>
        new(path, text, new Dictionary<string, string> { ["TrustHubGenKind"] = "Policy" });

    public static TestAdditionalFile Snapshot(string path, string text) =>
        new(path, text, new Dictionary<string, string> { ["TrustHubGenKind"] = "Snapshot" });
}

internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Answers <c>build_metadata.AdditionalFiles.*</c> per additional file, and global .editorconfig-style options.</summary>
internal sealed class TestConfigOptionsProvider(IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> byPath, IReadOnlyDictionary<string, string>? global = null) : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions Empty = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = global is null ? Empty : new DictionaryOptions(global.ToDictionary(kv => kv.Key, kv => kv.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        byPath.TryGetValue(textFile.Path, out var metadata)
            ? new DictionaryOptions(metadata.ToDictionary(kv => "build_metadata.AdditionalFiles." + kv.Key, kv => kv.Value))
            : Empty;

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }

    /// <param name="files">The additional files with their metadata.</param>
    /// <param name="global">Global options such as <c>build_property.TrustHubGenBuildsPrecompiledSdk</c>.</param>
    public static AnalyzerOptions Create(IEnumerable<TestAdditionalFile> files, IReadOnlyDictionary<string, string>? global = null)
    {
        var list = files.ToList();
        var texts = list.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToImmutableArray();
        var provider = new TestConfigOptionsProvider(list.ToDictionary(f => f.Path, f => f.Metadata), global);
        return new AnalyzerOptions(texts, provider);
    }
}
