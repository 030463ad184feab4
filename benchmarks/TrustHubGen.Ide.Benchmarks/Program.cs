using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using TrustHubGen.Analyzers.Benchmarks;
using TrustHubGen.Testing;
using TrustHubGen.Testing.Lsp;

// Usage: dotnet run -c Release --project benchmarks/TrustHubGen.Ide.Benchmarks [-- files edits reloads]
// Three copies of the analyzer benchmark's clean corpus (every call right), all referencing Twilio 8.2.0: one with the
// packed TrustHubGen package as users get it (both parts of the precompiled SDK referenced: with the packaged policies
// and no snapshot nothing is generated),
// one with the package and TrustHubGenPrecompiledSdk=false (the whole SDK generated in the project, as before
// src/TrustHubGen.Sdk), one without the package. One csharp-ls per copy (analyzers on), the same edits sent to each in turn:
//  - keystroke: "phone-number" becomes "phone_number" in an open file, timed from didChange to the publishDiagnostics
//    carrying TH1003 (with the package) or to the first publishDiagnostics after it (without); then put back, timed alike;
//  - policy file: a new policy file and its AdditionalFiles item are saved (csharp-ls sees AdditionalFiles only through a
//    project reload), timed from the project file's didChangeWatchedFiles to completion after "global::TrustHubGen.Sdk."
//    offering BrandedCallingOnboarding (with) or to the first completion answered at the same place after the reload
//    (without), so both sides pay the reload, the edit and a completion.
// Each edit is timed twice: wall time, and the CPU time the server's process tree used meanwhile (/proc), which the
// other servers and whatever else runs on a shared machine inflate far less. The table gives the medians and, per edit
// kind, the median of the per-round ratios against "without" with their quartiles. One untimed edit round goes first.
// After the policy-file rounds the keystroke rounds run again: the project then has policy files of its own, so with the
// package the policy part of the SDK is generated in it (docs/ide.md, "The precompiled SDK").
// TRUSTHUBGEN_IDE_VARIANTS=precompiled,without (any of precompiled, generated, without; "without" always runs, last)
// runs fewer servers side by side.
// Or: ... [-- breakdown files rounds] (defaults 20, 10): where a keystroke's time goes, in process (KeystrokeBreakdown).
// TRUSTHUBGEN_BREAKDOWN_EACH_ANALYZER=1 also times each of our analyzers alone; TRUSTHUBGEN_SDK_ANALYZER_GROUPS=1 also times the .NET SDK's analyzers in groups of 16, with and without the generated SDK.
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

Console.WriteLine($"{DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {LoadAverage()}; {files} files");
// TRUSTHUBGEN_IDE_PACKAGE=<feed folder>|<version> reuses an earlier pack (as the IDE tests allow); otherwise pack now.
var reused = Environment.GetEnvironmentVariable("TRUSTHUBGEN_IDE_PACKAGE") is { Length: > 0 } reuse && reuse.Split('|') is [var feed, var version]
    ? PackedPackage.Existing(feed, version) : null;
var package = reused ?? await PackedPackage.PackAsync("idebench");
var chosen = (Environment.GetEnvironmentVariable("TRUSTHUBGEN_IDE_VARIANTS") ?? "precompiled,generated,without").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
if (chosen.Except(["precompiled", "generated", "without"]).ToList() is [_, ..] unknown)
    throw new ArgumentException($"TRUSTHUBGEN_IDE_VARIANTS: unknown variant(s) {string.Join(", ", unknown)}; use precompiled, generated, without.");
var variants = new List<Variant>();
if (chosen.Contains("precompiled")) variants.Add(new("with TrustHubGen (precompiled SDK)", Corpus.Write("precompiled", files, package, precompiledSdk: true), true));
if (chosen.Contains("generated")) variants.Add(new("with TrustHubGen, whole SDK generated (TrustHubGenPrecompiledSdk=false)", Corpus.Write("generated", files, package, precompiledSdk: false), true));
variants.Add(new("without", Corpus.Write("without", files, null, precompiledSdk: false), false));
var servers = new List<CsharpLsSession>();
try
{
    await Task.WhenAll(variants.Select(v => v.Corpus.RestoreAsync()));
    foreach (var variant in variants)
    {
        var load = Stopwatch.StartNew();
        variant.Server = await CsharpLsSession.StartAsync(variant.Corpus.Directory, settings, timeout);
        servers.Add(variant.Server);
        Console.WriteLine($"{variant.Name}: project loaded in {load.Elapsed.TotalSeconds:F1} s");
    }

    foreach (var variant in variants)
    {
        var opened = await variant.Server!.OpenAsync(Keystroke.File);
        await variant.Server.WaitForDiagnosticsAsync(Keystroke.File, opened, _ => true, timeout); // warm: the first full analysis
    }

    // Round 0 is the untimed warm-up: the first edit after opening pays one-off work in every server.
    await KeystrokeRoundsAsync(variants, v => v.Keystrokes, edits, "edit");

    // A reload that does not end within the bound is reported (with the server's log) and ends the reload rounds; the
    // keystroke table is printed either way.
    var reloadTimeout = TimeSpan.FromMinutes(double.Parse(Environment.GetEnvironmentVariable("TRUSTHUBGEN_IDE_RELOAD_MINUTES") ?? "10", CultureInfo.InvariantCulture));
    try
    {
        for (var i = 0; i < reloads; i++)
        {
            foreach (var variant in Rotate(variants, i))
            {
                var (wall, cpu) = await TimePolicyFileAsync(variant.Server!, variant.Corpus, i, variant.Ours, reloadTimeout);
                variant.Reload.Add(wall);
                variant.ReloadCpu.Add(cpu);
            }
            Console.WriteLine($"policy file {i + 1}: " + string.Join("; ", variants.Select(v => $"{v.Name}: {v.Reload[^1]:F1} s ({v.ReloadCpu[^1]:F1} s CPU)")) + $"; load average {LoadAverage()}");
        }
    }
    catch (TimeoutException e)
    {
        Console.WriteLine($"policy file: {e.Message}");
    }
    // The same keystrokes once the project has a policy file of its own: with the package, the policy part of the SDK is
    // then generated in the project (docs/ide.md, "The precompiled SDK") and bound and analyzed on every keystroke.
    if (variants.All(v => v.Reload.Count == reloads) && reloads > 0)
        await KeystrokeRoundsAsync(variants, v => v.KeystrokesWithOwnPolicy, edits, "edit with a policy file of its own");


    var baseline = variants[^1];
    Console.WriteLine();
    Console.WriteLine($"| edit on the {files:N0}-file corpus in csharp-ls 0.28 | " + string.Join(" | ", variants.Select(v => v.Name + " (median, min-max)"))
        + " | " + string.Join(" | ", variants.Take(variants.Count - 1).Select(v => "ratio of medians, " + v.Name))
        + " | " + string.Join(" | ", variants.Take(variants.Count - 1).Select(v => "per-round ratio, median (quartiles), " + v.Name)) + " |");
    Console.WriteLine("|---|" + string.Concat(Enumerable.Repeat("---:|", variants.Count * 3 - 2)));
    KeystrokeRows(variants, v => v.Keystrokes, "");
    Row("new policy file + AdditionalFiles item: project file saved to completion after the reload (with: offering BrandedCallingOnboarding), wall", variants, v => v.Reload);
    Row("new policy file: the server's CPU time meanwhile (its build host included)", variants, v => v.ReloadCpu);
    if (variants[0].KeystrokesWithOwnPolicy.Type.Count > 0) KeystrokeRows(variants, v => v.KeystrokesWithOwnPolicy, " (the project now has policy files of its own)");
    Console.WriteLine($"\nFinished {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
}
finally
{
    foreach (var server in servers) await server.DisposeAsync();
    foreach (var variant in variants) variant.Corpus.Delete();
    if (reused is null) package.Delete();
}

// Round 0 is untimed: the first edit after opening (or after a reload) pays one-off work in every server.
static async Task KeystrokeRoundsAsync(List<Variant> variants, Func<Variant, EditTimes> times, int rounds, string label)
{
    for (var i = 0; i <= rounds; i++)
    {
        // Rotate which server goes first, so a drift in machine load falls on all alike.
        foreach (var variant in Rotate(variants, i))
        {
            var type = await TimeEditAsync(variant.Server!, Keystroke.File, Keystroke.Right, Keystroke.Wrong, variant.Ours ? ds => ds.Any(d => d.Code == "TH1003") : _ => true);
            var fix = await TimeEditAsync(variant.Server!, Keystroke.File, Keystroke.Wrong, Keystroke.Right, variant.Ours ? ds => ds.All(d => d.Code != "TH1003") : _ => true);
            if (i == 0) continue;
            times(variant).Add(type, fix);
        }
        if (i == 0) { Console.WriteLine($"warm-up {label} done; load average {LoadAverage()}"); continue; }
        Console.WriteLine($"{label} {i}: " + string.Join("; ", variants.Select(v => $"{v.Name}: {times(v).Last()}")) + $"; load average {LoadAverage()}");
    }
}

static void KeystrokeRows(List<Variant> variants, Func<Variant, EditTimes> times, string when)
{
    Row($"type \"phone_number\": didChange to publishDiagnostics (with TH1003), wall{when}", variants, v => times(v).Type);
    Row($"type \"phone_number\": the server's CPU time meanwhile{when}", variants, v => times(v).TypeCpu);
    Row($"put \"phone-number\" back: didChange to publishDiagnostics (TH1003 gone), wall{when}", variants, v => times(v).Fix);
    Row($"put \"phone-number\" back: the server's CPU time meanwhile{when}", variants, v => times(v).FixCpu);
}

static IEnumerable<Variant> Rotate(List<Variant> variants, int by) => variants.Skip(by % variants.Count).Concat(variants.Take(by % variants.Count));

static async Task<(double Wall, double Cpu)> TimeEditAsync(CsharpLsSession server, string file, string from, string to, Func<IReadOnlyList<LspDiagnostic>, bool> done)
{
    var cpu = TrustHubGen.Ide.Benchmarks.ProcessTreeCpu.Seconds(server.ProcessId);
    var clock = Stopwatch.StartNew();
    var mark = await server.ReplaceAsync(file, from, to);
    await server.WaitForDiagnosticsAsync(file, mark, done, TimeSpan.FromMinutes(15));
    return (clock.Elapsed.TotalSeconds, TrustHubGen.Ide.Benchmarks.ProcessTreeCpu.Seconds(server.ProcessId) - cpu);
}

static async Task<(double Wall, double Cpu)> TimePolicyFileAsync(CsharpLsSession server, Corpus corpus, int round, bool ours, TimeSpan timeout)
{
    var name = $"BrandedCalling{round}";
    corpus.AddPolicy(name);
    var ends = server.ProgressEnds;
    var cpu = TrustHubGen.Ide.Benchmarks.ProcessTreeCpu.Seconds(server.ProcessId);
    var clock = Stopwatch.StartNew();
    await server.FilesChangedOnDiskAsync("Corpus.csproj");
    // csharp-ls tears the project down after 5 s of quiet and loads it again (reported as work-done progress).
    var phase = "waiting for the reload's progress to end";
    try
    {
        while (server.ProgressEnds <= ends)
        {
            Check(clock, timeout, phase);
            try
            {
                await server.RequestAsync("textDocument/documentSymbol", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = CsharpLsSession.DocumentUri(server.PathOf("src/Sids.cs")) } });
            }
            catch (LspErrorException e) when (e.Code == -32800)
            {
                // cancelled by the reload: ask again
            }
            await Task.Delay(500);
        }
        await server.WaitForProgressEndAsync(ends, timeout - clock.Elapsed);

        // The new pipeline type in completion, as a user sees it after typing the namespace and a dot (without the package:
        // the first answer there, so both sides pay the same edit and request after the reload). Earlier runs waited
        // here for ever (the "hang"): they asked after the type's unqualified name, where csharp-ls answers nothing for
        // a '.' trigger that is not after a dot, and offers no type of a namespace the file does not import
        // (ShowItemsFromUnimportedNamespaces=false; the corpus imports only Twilio's).
        phase = $"waiting for {name}Onboarding in completion";
        const string file = Keystroke.File;
        var text = File.ReadAllText(server.PathOf(file));
        await server.OpenAsync(file);
        var probe = "    public static object Next() => global::TrustHubGen.Sdk.";
        await server.ChangeAsync(file, text.Replace("    public static async Task RunAsync()", probe + "\n    public static async Task RunAsync()", StringComparison.Ordinal));
        while (true)
        {
            Check(clock, timeout, phase);
            try
            {
                var items = await server.CompletionAsync(file, LspPosition.After(server.TextOf(file), probe));
                if (!ours || items.Any(item => (string?)item["label"] == name + "Onboarding")) break;
                phase = $"waiting for {name}Onboarding in completion (last answer: {items.Count} items, those ending in Onboarding: {string.Join(", ", items.Select(i => (string?)i["label"]).Where(l => l?.EndsWith("Onboarding", StringComparison.Ordinal) == true))})";
            }
            catch (LspErrorException e) when (e.Code == -32800)
            {
                // cancelled by the reload: ask again
            }
            await Task.Delay(200);
        }
        var elapsed = clock.Elapsed.TotalSeconds;
        var used = TrustHubGen.Ide.Benchmarks.ProcessTreeCpu.Seconds(server.ProcessId) - cpu;
        await server.ChangeAsync(file, text);
        return (elapsed, used);
    }
    catch (TimeoutException e)
    {
        // Say what the server was doing: its messages and log tail, where a later look can find them.
        // csharp-ls's own view of its request queue and workspace ($/csharp/debugInfo runs out of band, whatever the queue holds).
        string debugInfo;
        try
        {
            debugInfo = (await server.RequestAsync("$/csharp/debugInfo", new JsonObject()))?.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) ?? "null";
        }
        catch (Exception failure) when (failure is TimeoutException or LspErrorException)
        {
            debugInfo = failure.Message;
        }
        var log = Path.Combine(Path.GetTempPath(), $"trusthubgen-ide-bench-reload-{DateTime.UtcNow:HHmmss}.log");
        File.WriteAllText(log, $"{phase}, {clock.Elapsed.TotalSeconds:F0} s; progress ends {server.ProgressEnds} (was {ends})\n{e}\n\n$/csharp/debugInfo:\n{debugInfo}\n\nMessages:\n{string.Join('\n', server.Messages)}\n\nServer log:\n{server.ServerLog}");
        throw new TimeoutException($"{phase}: nothing after {clock.Elapsed.TotalSeconds:F0} s (server messages and log: {log})", e);
    }
}

static void Check(Stopwatch clock, TimeSpan timeout, string phase)
{
    if (clock.Elapsed > timeout) throw new TimeoutException($"{phase} ({timeout.TotalMinutes:F0} min)");
}

static void Row(string what, List<Variant> variants, Func<Variant, List<double>> values)
{
    if (variants.Any(v => values(v).Count == 0)) { Console.WriteLine($"| {what} | not measured (see above) |"); return; }
    var baseline = values(variants[^1]);
    Console.WriteLine($"| {what} | " + string.Join(" | ", variants.Select(v => $"{Median(values(v)):F2} s ({values(v).Min():F2}-{values(v).Max():F2})"))
        + " | " + string.Join(" | ", variants.Take(variants.Count - 1).Select(v => $"{Median(values(v)) / Median(baseline):F2}"))
        + " | " + string.Join(" | ", variants.Take(variants.Count - 1).Select(v => PairedRatios(values(v), baseline))) + " |");
}

// Round i of a variant against round i of "without": the edits ran back to back, so a drift in load falls on both.
static string PairedRatios(List<double> mine, List<double> baseline)
{
    var ratios = mine.Zip(baseline, (m, b) => m / b).Order().ToList();
    return ratios.Count == 0 ? "n/a" : $"{Median(ratios):F2} ({Quantile(ratios, 0.25):F2}-{Quantile(ratios, 0.75):F2})";
}

static double Quantile(List<double> sorted, double q)
{
    var position = (sorted.Count - 1) * q;
    var below = (int)Math.Floor(position);
    return below + 1 < sorted.Count ? sorted[below] + (sorted[below + 1] - sorted[below]) * (position - below) : sorted[below];
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

/// <summary>One corpus copy, its server and its timings.</summary>
internal sealed class Variant(string name, Corpus corpus, bool ours)
{
    public string Name { get; } = name;
    public Corpus Corpus { get; } = corpus;
    public bool Ours { get; } = ours;
    public CsharpLsSession? Server { get; set; }
    public EditTimes Keystrokes { get; } = new();
    public EditTimes KeystrokesWithOwnPolicy { get; } = new();
    public List<double> Reload { get; } = [];
    public List<double> ReloadCpu { get; } = [];
}

/// <summary>The keystroke every round sends: a channel endpoint type made wrong (TH1003), then right again.</summary>
internal static class Keystroke
{
    public const string File = "src/Onboarding3.cs";
    public const string Right = "TrustProductsChannelEndpointAssignmentResource.Create(Sids.Product, \"phone-number\", Sids.Number);";
    public const string Wrong = "TrustProductsChannelEndpointAssignmentResource.Create(Sids.Product, \"phone_number\", Sids.Number);";
}

/// <summary>One server's keystroke rounds: typing the mistake and putting it back, wall and CPU seconds.</summary>
internal sealed class EditTimes
{
    public List<double> Type { get; } = [];
    public List<double> Fix { get; } = [];
    public List<double> TypeCpu { get; } = [];
    public List<double> FixCpu { get; } = [];

    public string Last() => $"type {Type[^1]:F2} s ({TypeCpu[^1]:F2} s CPU), fix {Fix[^1]:F2} s ({FixCpu[^1]:F2} s CPU)";

    public void Add((double Wall, double Cpu) type, (double Wall, double Cpu) fix)
    {
        Type.Add(type.Wall);
        TypeCpu.Add(type.Cpu);
        Fix.Add(fix.Wall);
        FixCpu.Add(fix.Cpu);
    }
}

/// <summary>One copy of the analyzer benchmark's corpus, its project file rewritten for csharp-ls: Twilio 8.2.0, with or without our package.</summary>
internal sealed class Corpus(string directory)
{
    public string Directory { get; } = directory;

    public static Corpus Write(string name, int files, PackedPackage? package, bool precompiledSdk)
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
                {(package is not null && !precompiledSdk ? "<TrustHubGenPrecompiledSdk>false</TrustHubGenPrecompiledSdk>" : "")}
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
