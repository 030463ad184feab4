using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Benchmarks;

// Timed harness (not a unit test: timings belong here, never in assertions).
// Usage: dotnet run -c Release --project benchmarks/TrustHubGen.Generator.Benchmarks [-- iterations]
// Or: ... -- spec [resources...]  (where time goes on large specs: SpecScale; default 200, 600 and 1,800 resources = 9,000 operations)
if (args.Length > 0 && args[0] == "spec")
{
    int[] resources = args.Length > 1 ? args[1..].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [200, 600, 1800];
    SpecScale.Run(resources, FindGenerator());
    return 0;
}
var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 15;
var root = FindRoot();
var trustHub = Path.Combine(root, "specs", ".official", "twilio_trusthub_v1.json");
var api2010 = Path.Combine(root, "specs", ".official", "twilio_api_v2010.json");
var policies = Directory.GetFiles(Path.Combine(root, "specs", "policies"), "*.json").Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

var texts = new List<AdditionalText> { new InMemoryAdditionalText(trustHub, File.ReadAllText(trustHub)), new InMemoryAdditionalText(api2010, File.ReadAllText(api2010)) };
texts.AddRange(policies.Select(p => new InMemoryAdditionalText(p, File.ReadAllText(p))));
var metadata = new Dictionary<string, IReadOnlyDictionary<string, string>>
{
    [trustHub] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "OpenApi" },
    [api2010] = new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "OpenApi",
        ["build_metadata.AdditionalFiles.TrustHubGenOperations"] = "ListIncomingPhoneNumber;FetchIncomingPhoneNumber;ListAccount;FetchAccount",
        ["build_metadata.AdditionalFiles.TrustHubGenSidNames"] = "PN=PhoneNumberSid",
    },
};
foreach (var policy in policies) metadata[policy] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.TrustHubGenKind"] = "Policy" };
var options = new InMemoryOptionsProvider(new Dictionary<string, string> { ["build_property.TrustHubGenNamespace"] = "Bench.Sdk" }, metadata);

var userCode = CSharpSyntaxTree.ParseText("namespace App; public static class Program { public static int Main() => 0; }", path: "Program.cs");
var compilation = CSharpCompilation.Create("Bench", [userCode],
    [.. Basic.Reference.Assemblies.Net80.References.All, MetadataReference.CreateFromFile(typeof(TrustHubGen.Runtime.TwilioSid).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(TrustHubGen.Policies.PolicyDefinition).Assembly.Location)],
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
var generator = FindGenerator();

GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], texts, (CSharpParseOptions)userCode.Options, options,
    new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

// The very first run in a fresh process: JIT and assembly loading included, what a cold IDE or build pays once.
var coldClock = Stopwatch.StartNew();
var check = NewDriver().RunGenerators(compilation).GetRunResult();
var cold = coldClock.Elapsed.TotalMilliseconds;
// Sanity: the generator produced code and no error diagnostics, or the timings mean nothing.
var generatedFiles = check.GeneratedTrees.Length;
var generatedBytes = check.GeneratedTrees.Sum(t => t.Length);
if (generatedFiles == 0 || check.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
    throw new InvalidOperationException("The generator produced no output or errors: " + string.Join("\n", check.Diagnostics));

var firstRun = Measure(iterations, _ => NewDriver().RunGenerators(compilation));

var warm = NewDriver().RunGenerators(compilation);
var edited = compilation.ReplaceSyntaxTree(userCode, CSharpSyntaxTree.ParseText(userCode.GetText().ToString() + "\n// edit", (CSharpParseOptions)userCode.Options, "Program.cs"));
var unrelatedEdit = Measure(iterations, _ => warm.RunGenerators(edited));

var originalSpec = texts[0];
var specText = File.ReadAllText(trustHub);
var specEdit = Measure(iterations, i =>
{
    var changed = new InMemoryAdditionalText(trustHub, specText.Replace("Create a new Trust Product.", $"Create a new Trust Product ({i})."));
    warm.ReplaceAdditionalText(originalSpec, changed).RunGenerators(compilation);
});

var nswag = MeasureNswag(root, trustHub, Math.Min(iterations, 7));

Console.WriteLine($"Generated {generatedFiles} files ({generatedBytes / 1024} KiB of C#) from the official Trust Hub spec (31 paths), 4 API 2010 operations and {policies.Length} policies; median of {iterations} runs, {Environment.ProcessorCount} cores, .NET {Environment.Version}.");
Console.WriteLine();
Console.WriteLine("| scenario | median | min | max |");
Console.WriteLine("|---|---:|---:|---:|");
Console.WriteLine($"| TrustHubGen cold first run in a new process (JIT and assembly loading included) | {cold:F1} ms | | |");
Row("TrustHubGen first run (new driver: parse spec + policies, emit)", firstRun);
Row("TrustHubGen re-run after an unrelated C# edit", unrelatedEdit);
Row("TrustHubGen re-run after a Trust Hub spec edit", specEdit);
if (nswag is not null) Row("NSwag 14.7 openapi2csclient, as a process (Trust Hub spec only)", nswag);
else Console.WriteLine("| NSwag 14.7 | not measured: run `bash eng/restore-tools.sh` to install it | | |");
if (nswag is not null) Console.WriteLine($"\nRegenerating after a spec change costs {Median(specEdit) / Median(nswag):P1} of NSwag's time (goal: under 10%).");
return 0;

static void Row(string name, double[] ms) => Console.WriteLine($"| {name} | {Median(ms):F1} ms | {ms.Min():F1} ms | {ms.Max():F1} ms |");

static double Median(double[] values) { var s = values.Order().ToArray(); return s[s.Length / 2]; }

static double[] Measure(int n, Action<int> action)
{
    action(-1); // warm-up: JIT and first-time loads are not what a keystroke costs
    var results = new double[n];
    for (var i = 0; i < n; i++)
    {
        var sw = Stopwatch.StartNew();
        action(i);
        results[i] = sw.Elapsed.TotalMilliseconds;
    }
    return results;
}

static double[]? MeasureNswag(string root, string spec, int n)
{
    var script = Path.Combine(root, "eng", "node", "node_modules", "nswag", "bin", "nswag.js");
    if (!File.Exists(script)) return null;
    var output = Path.Combine(Path.GetTempPath(), $"nswag-{Environment.ProcessId}.cs");
    try
    {
        return Measure(n, _ =>
        {
            var info = new ProcessStartInfo("node", $"\"{script}\" openapi2csclient /runtime:Net100 /input:\"{spec}\" /output:\"{output}\" /namespace:Bench")
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info)!;
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException("nswag failed: " + process.StandardError.ReadToEnd());
        });
    }
    finally { File.Delete(output); }
}

static IIncrementalGenerator FindGenerator()
{
    // Found by interface so the harness does not depend on the generator's class name.
    var type = System.Reflection.Assembly.Load("TrustHubGen.Generator").GetTypes()
        .First(t => typeof(IIncrementalGenerator).IsAssignableFrom(t) && !t.IsAbstract);
    return (IIncrementalGenerator)Activator.CreateInstance(type)!;
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "TrustHubGen.sln"))) return dir.FullName;
    throw new InvalidOperationException("TrustHubGen.sln not found above " + AppContext.BaseDirectory);
}
