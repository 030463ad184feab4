using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using TrustHubGen.Analyzers.Benchmarks;
using TrustHubGen.Testing;
using TrustHubGen.Testing.Lsp;

// Usage: dotnet run -c Release --project benchmarks/TrustHubGen.Ide.Benchmarks [-- files edits reloads]
// Two copies of the analyzer benchmark's clean corpus (every call right), one referencing the packed TrustHubGen package,
// one not; both reference Twilio 8.2.0. One csharp-ls per copy (analyzers on), the same edits sent to both in turn:
//  - keystroke: "phone-number" becomes "phone_number" in an open file, timed from didChange to the publishDiagnostics
//    carrying TH1003 (with the package) or to the first publishDiagnostics after it (without); then put back, timed alike;
//  - policy file: a new policy file and its AdditionalFiles item are saved (csharp-ls sees AdditionalFiles only through a
//    project reload), timed from the project file's didChangeWatchedFiles to BrandedCallingOnboarding in completion (with)
//    or to the end of the reload (without).
// Or: ... [-- breakdown files rounds] (defaults 20, 10): where a keystroke's time goes, in process (KeystrokeBreakdown).
// TRUSTHUBGEN_SDK_ANALYZER_GROUPS=1 also times the .NET SDK's analyzers in groups of 16, with and without the generated SDK.
if (args is ["breakdown", ..])
{
    Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
    await TrustHubGen.Ide.Benchmarks.KeystrokeBreakdown.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10);
    Console.WriteLine($"Finished {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
    return;
}
var files = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var reloads = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
var timeout = TimeSpan.FromMinutes(15);
var settings = new JsonObject { ["analyzersEnabled"] = true, ["useMetadataUris"] = true, ["logLevel"] = "warning" };

Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}");
// TRUSTHUBGEN_IDE_PACKAGE=<feed folder>|<version> reuses an earlier pack (as the IDE tests allow); otherwise pack now.
var reused = Environment.GetEnvironmentVariable("TRUSTHUBGEN_IDE_PACKAGE") is { Length: > 0 } reuse && reuse.Split('|') is [var feed, var version]
    ? PackedPackage.Existing(feed, version) : null;
var package = reused ?? await PackedPackage.PackAsync("idebench");
var with = Corpus.Write("with", files, package);
var without = Corpus.Write("without", files, null);
try
{
    await Task.WhenAll(with.RestoreAsync(), without.RestoreAsync());
    var load = Stopwatch.StartNew();
    await using var withServer = await CsharpLsSession.StartAsync(with.Directory, settings, timeout);
    Console.WriteLine($"with package: project loaded in {load.Elapsed.TotalSeconds:F1} s");
    load.Restart();
    await using var withoutServer = await CsharpLsSession.StartAsync(without.Directory, settings, timeout);
    Console.WriteLine($"without package: project loaded in {load.Elapsed.TotalSeconds:F1} s");

    const string file = "src/Onboarding3.cs";
    const string right = "TrustProductsChannelEndpointAssignmentResource.Create(Sids.Product, \"phone-number\", Sids.Number);";
    const string wrong = "TrustProductsChannelEndpointAssignmentResource.Create(Sids.Product, \"phone_number\", Sids.Number);";
    foreach (var server in new[] { withServer, withoutServer })
    {
        var opened = await server.OpenAsync(file);
        await server.WaitForDiagnosticsAsync(file, opened, _ => true, timeout); // warm: the first full analysis
    }

    var typeWith = new List<double>(); var typeWithout = new List<double>(); var fixWith = new List<double>(); var fixWithout = new List<double>();
    for (var i = 0; i < edits; i++)
    {
        // Alternate which server goes first, so a drift in machine load falls on both alike.
        var order = i % 2 == 0 ? new[] { (withServer, true), (withoutServer, false) } : [(withoutServer, false), (withServer, true)];
        foreach (var (server, ours) in order)
        {
            (ours ? typeWith : typeWithout).Add(await TimeEditAsync(server, file, right, wrong, ours ? ds => ds.Any(d => d.Code == "TH1003") : _ => true));
            (ours ? fixWith : fixWithout).Add(await TimeEditAsync(server, file, wrong, right, ours ? ds => ds.All(d => d.Code != "TH1003") : _ => true));
        }
        Console.WriteLine($"edit {i + 1}: type {typeWith[^1]:F2} s vs {typeWithout[^1]:F2} s, fix {fixWith[^1]:F2} s vs {fixWithout[^1]:F2} s; load average {LoadAverage()}");
    }

    var reloadWith = new List<double>(); var reloadWithout = new List<double>();
    for (var i = 0; i < reloads; i++)
    {
        var order = i % 2 == 0 ? new[] { (withServer, with, true), (withoutServer, without, false) } : [(withoutServer, without, false), (withServer, with, true)];
        foreach (var (server, corpus, ours) in order)
            (ours ? reloadWith : reloadWithout).Add(await TimePolicyFileAsync(server, corpus, i, ours));
        Console.WriteLine($"policy file {i + 1}: {reloadWith[^1]:F1} s vs {reloadWithout[^1]:F1} s; load average {LoadAverage()}");
    }

    Console.WriteLine();
    Console.WriteLine("| edit on the 2,000-file corpus in csharp-ls 0.28 | with TrustHubGen (median, min-max) | without (median, min-max) | ratio of medians |");
    Console.WriteLine("|---|---:|---:|---:|");
    Row("type \"phone_number\": didChange to publishDiagnostics (with TH1003)", typeWith, typeWithout);
    Row("put \"phone-number\" back: didChange to publishDiagnostics (TH1003 gone)", fixWith, fixWithout);
    Row("new policy file + AdditionalFiles item: project file saved to BrandedCallingOnboarding in completion (without: reload done)", reloadWith, reloadWithout);
    Console.WriteLine($"\nFinished {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
}
finally
{
    with.Delete();
    without.Delete();
    if (reused is null) package.Delete();
}

static async Task<double> TimeEditAsync(CsharpLsSession server, string file, string from, string to, Func<IReadOnlyList<LspDiagnostic>, bool> done)
{
    var clock = Stopwatch.StartNew();
    var mark = await server.ReplaceAsync(file, from, to);
    await server.WaitForDiagnosticsAsync(file, mark, done, TimeSpan.FromMinutes(15));
    return clock.Elapsed.TotalSeconds;
}

static async Task<double> TimePolicyFileAsync(CsharpLsSession server, Corpus corpus, int round, bool ours)
{
    var name = $"BrandedCalling{round}";
    corpus.AddPolicy(name);
    var ends = server.ProgressEnds;
    var clock = Stopwatch.StartNew();
    await server.FilesChangedOnDiskAsync("Corpus.csproj");
    // csharp-ls tears the project down after 5 s of quiet and loads it again on the next request about a file.
    while (server.ProgressEnds <= ends)
    {
        if (clock.Elapsed > TimeSpan.FromMinutes(15)) throw new TimeoutException("csharp-ls did not reload the project.");
        await server.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = CsharpLsSession.DocumentUri(server.PathOf("src/Sids.cs")) } });
        await Task.Delay(500);
    }
    await server.WaitForProgressEndAsync(ends, TimeSpan.FromMinutes(15));
    if (ours)
    {
        // The new pipeline type in completion, as a user typing its name sees it.
        const string file = "src/Onboarding3.cs";
        var text = File.ReadAllText(server.PathOf(file));
        await server.OpenAsync(file);
        var probe = $"    public static object Next() => {name}";
        await server.ChangeAsync(file, text.Replace("    public static async Task RunAsync()", probe + "\n    public static async Task RunAsync()", StringComparison.Ordinal));
        while (true)
        {
            try
            {
                var items = await server.CompletionAsync(file, LspPosition.After(server.TextOf(file), probe));
                if (items.Any(item => (string?)item["label"] == name + "Onboarding")) break;
            }
            catch (LspErrorException e) when (e.Code == -32800)
            {
                // cancelled by the reload: ask again
            }
            if (clock.Elapsed > TimeSpan.FromMinutes(15)) throw new TimeoutException($"{name}Onboarding never appeared in completion.");
            await Task.Delay(200);
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        await server.ChangeAsync(file, text);
        return elapsed;
    }
    return clock.Elapsed.TotalSeconds;
}

static void Row(string what, List<double> with, List<double> without) =>
    Console.WriteLine($"| {what} | {Median(with):F2} s ({with.Min():F2}-{with.Max():F2}) | {Median(without):F2} s ({without.Min():F2}-{without.Max():F2}) | {Median(with) / Median(without):F2} |");

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

/// <summary>One copy of the analyzer benchmark's corpus, its project file rewritten for csharp-ls: Twilio 8.2.0, with or without our package.</summary>
internal sealed class Corpus(string directory)
{
    public string Directory { get; } = directory;

    public static Corpus Write(string name, int files, PackedPackage? package)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory($"trusthubgen-ide-bench-{name}-").FullName;
        CorpusWriter.Write(directory, files, RepoPaths.Root, clean: true);
        var reference = package is null ? "" : $"""<PackageReference Include="TrustHubGen" Version="{package.Version}" />""";
        File.WriteAllText(Path.Combine(directory, "Corpus.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>disable</Nullable>
                <NoWarn>$(NoWarn);CS1998;CS0219;CS0168</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Twilio" Version="8.2.0" />
                <PackageReference Include="Microsoft.IdentityModel.Tokens" Version="8.16.0" />
                <PackageReference Include="System.IdentityModel.Tokens.Jwt" Version="8.16.0" />
                {reference}
              </ItemGroup>
              <!--POLICIES-->
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), package?.NuGetConfig ?? PackedPackage.PublicOnlyNuGetConfig);
        return new Corpus(directory);
    }

    public Task RestoreAsync() =>
        ProcessRunner.RunAsync("dotnet", ["restore", "Corpus.csproj", "--nologo"], Directory, TimeSpan.FromMinutes(10)).ContinueWith(t => t.Result.EnsureSuccess($"restoring {Directory}"));

    /// <summary>Saves a new policy file (the shape of the Package tests' branded-calling.json, under a new name and SID) and its AdditionalFiles item.</summary>
    public void AddPolicy(string name)
    {
        var sid = "RN" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)))[..32].ToLowerInvariant();
        var policy = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "Consumer", "branded-calling.json")))!;
        policy["sid"] = sid;
        policy["name"] = name;
        File.WriteAllText(Path.Combine(Directory, $"{name}.json"), policy.ToJsonString());
        var project = Path.Combine(Directory, "Corpus.csproj");
        File.WriteAllText(project, File.ReadAllText(project).Replace("<!--POLICIES-->",
            $"<ItemGroup><AdditionalFiles Include=\"{name}.json\" TrustHubGenKind=\"Policy\" /></ItemGroup>\n  <!--POLICIES-->", StringComparison.Ordinal));
    }

    public void Delete()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
