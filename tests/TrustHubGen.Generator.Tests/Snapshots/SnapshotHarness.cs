using System.Runtime.CompilerServices;
using DiffPlex.DiffBuilder;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests.Snapshots;

/// <summary>Runs the generator with snapshot files and the snapshot MSBuild properties.</summary>
internal static class SnapshotHarness
{
    public const string Path = "/app/trusthub.snapshot.json";
    public const string Today = "2026-11-25";

    public static string BaselineDir([CallerFilePath] string thisFile = "") => System.IO.Path.Combine(System.IO.Path.GetDirectoryName(thisFile)!, "Baselines");

    public static TestInput Snapshot(string text, string path = Path) => new(path, text, "Snapshot");

    public static Dictionary<string, string> Settings(string? today = Today, string? maxAge = null, string? handleLimit = null)
    {
        var global = new Dictionary<string, string>();
        if (today is not null) global["build_property.TrustHubGenSnapshotToday"] = today;
        if (maxAge is not null) global["build_property.TrustHubGenSnapshotMaxAgeDays"] = maxAge;
        if (handleLimit is not null) global["build_property.TrustHubGenSnapshotHandleLimit"] = handleLimit;
        return global;
    }

    public static GeneratorDriver CreateDriver(IEnumerable<TestInput> inputs, IReadOnlyDictionary<string, string>? global = null)
    {
        var list = inputs.ToList();
        return CSharpGeneratorDriver.Create(
            [new TrustHubGenerator().AsSourceGenerator()],
            list.Select(i => (AdditionalText)new InMemoryAdditionalText(i.Path, i.Text)),
            GeneratorHarness.ParseOptions,
            new TestOptionsProvider(global ?? Settings(), list.ToDictionary(i => i.Path, i => i.Metadata())),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<TestInput> inputs, IReadOnlyDictionary<string, string>? global = null, params string[] sources)
    {
        var compilation = GeneratorHarness.Compilation(sources.Length == 0 ? ["namespace Consumer { internal static class Empty { } }"] : sources);
        var driver = CreateDriver(inputs, global).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return (driver, driver.GetRunResult(), output);
    }

    public static string? Handles(GeneratorDriverRunResult result) =>
        result.Results.Single().GeneratedSources.SingleOrDefault(s => s.HintName == "TrustHubAccount.g.cs").SourceText?.ToString();

    /// <summary>Compares with Baselines/<paramref name="name"/>; TRUSTHUBGEN_UPDATE_BASELINES=1 rewrites it.</summary>
    public static void AssertBaseline(string name, string actual)
    {
        string path = System.IO.Path.Combine(BaselineDir(), name);
        if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(BaselineDir());
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"No baseline {path}; run with TRUSTHUBGEN_UPDATE_BASELINES=1 and review the file.");
        string expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual);
            Assert.Fail("The output differs from " + path + ":\n" + string.Join("\n", diff.Lines.Where(l => l.Type != DiffPlex.DiffBuilder.Model.ChangeType.Unchanged).Select(l => (l.Type == DiffPlex.DiffBuilder.Model.ChangeType.Inserted ? "+ " : "- ") + l.Text)));
        }
    }
}

/// <summary>Snapshot texts for the generator tests.</summary>
internal static class SnapshotFiles
{
    public const string Account = "AC0123456789abcdef0123456789abcdef";
    public const string Profile = "BU11111111111111111111111111111111";
    public const string OtherProfile = "BU33333333333333333333333333333333";
    public const string Product = "BU22222222222222222222222222222222";
    public const string MainLine = "PN000000000000000000000000000000a1";
    public const string Support = "PN000000000000000000000000000000b2";
    public const string OffProfile = "PN000000000000000000000000000000c3";
    public const string TwinA = "PN000000000000000000000000000000d4";
    public const string TwinB = "PN000000000000000000000000000000e5";

    /// <summary>Two profiles (one unnamed, one named "Sid"), numbers with and without letters in their names, two "Twin" numbers, a trust product.</summary>
    public static string Valid(string capturedAt = "2026-11-20T08:00:00Z") => $$"""
        {
          "version": 1,
          "accountSid": "{{Account}}",
          "capturedAt": "{{capturedAt}}",
          "businessProfiles": [
            { "sid": "{{Profile}}", "friendlyName": "Owl Industries, Inc.", "status": "twilio-approved", "policySid": "RN6433641899984f951173ef1738c3bdd0", "numbers": ["{{MainLine}}", "{{Support}}", "{{TwinA}}"] },
            { "sid": "{{OtherProfile}}", "friendlyName": "Sid", "status": "draft", "policySid": "RN806dd6cd175f314e1f96a9727ee271f4", "numbers": [] }
          ],
          "numbers": [
            { "sid": "{{MainLine}}", "phoneNumber": "+14155550100", "friendlyName": "Main line", "type": "local", "country": "US" },
            { "sid": "{{Support}}", "phoneNumber": "+18005550100", "friendlyName": "(800) 555-0100", "type": "toll-free", "country": "US" },
            { "sid": "{{OffProfile}}", "phoneNumber": "+16045550100", "friendlyName": "Vancouver <desk> & \"co\"", "type": "local", "country": "CA" },
            { "sid": "{{TwinA}}", "phoneNumber": "+14155550101", "friendlyName": "Twin", "type": "local", "country": "US" },
            { "sid": "{{TwinB}}", "phoneNumber": "+14155550102", "friendlyName": "twin", "type": "local", "country": "US" }
          ],
          "trustProducts": [
            { "sid": "{{Product}}", "friendlyName": "Owl CNAM", "status": "twilio-approved", "policySid": "RNf3db3cd1fe25fcfd3c3ded065c8fea53", "numbers": ["{{MainLine}}"], "entities": ["{{Profile}}", "IT55555555555555555555555555555555"] }
          ]
        }
        """;
}
