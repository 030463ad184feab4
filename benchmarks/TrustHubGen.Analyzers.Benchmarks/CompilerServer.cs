using System.Diagnostics;

namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>Builds a corpus with <c>dotnet build</c>, in a fresh compiler process or in a compiler server.</summary>
internal static class BuildRunner
{
    /// <summary>
    /// Without <paramref name="serverPipe"/>: every compilation in a fresh <c>csc</c> process (as CI does with
    /// <c>--disable-build-servers</c>). With it: the way <c>dotnet build</c> runs by default, in a compiler server
    /// (VBCSCompiler), but the one on that pipe (the Csc task's <c>SharedCompilationId</c>), which the Csc task starts
    /// when it is not running; no other build shares it. MSBuild's own nodes are never reused or left behind.
    /// </summary>
    public static string Build(string dir, string? serverPipe, params string[] extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        string[] how = serverPipe is null
            ? ["--disable-build-servers", "-p:UseSharedCompilation=false"]
            : ["-nodeReuse:false", "-p:UseRazorBuildServer=false", "-p:UseSharedCompilation=true", $"-p:SharedCompilationId={serverPipe}"];
        foreach (var a in new[] { "build", "Corpus.csproj", "-c", "Release", "-v:d", "-nologo", "-clp:PerformanceSummary" }.Concat(how).Concat(extra))
            start.ArgumentList.Add(a);
        foreach (var variable in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" }) start.Environment.Remove(variable);
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"dotnet build failed ({process.ExitCode}):\n{stdout}{stderr.Result}");
        return stdout;
    }
}

/// <summary>
/// The benchmark's own compiler server: a pipe name no other build uses, so the Csc task starts a VBCSCompiler of ours
/// on it (<c>…/Roslyn/bincore/VBCSCompiler -pipename:NAME</c>). <see cref="Stop"/> asks exactly that server to shut down
/// (<c>VBCSCompiler -pipename:NAME -shutdown</c>) and ends its process by id if it has not exited; never
/// <c>dotnet build-server shutdown</c>, which stops every build server of the user.
/// </summary>
internal sealed class CompilerServer : IDisposable
{
    public string PipeName { get; } = $"thg-analyzer-bench-{Environment.ProcessId}";

    /// <summary>Stops our server if it runs; the next server build starts a fresh one.</summary>
    public void Stop()
    {
        foreach (var (pid, compiler) in Processes())
        {
            // The server runs as its apphost (…/Roslyn/bincore/VBCSCompiler) or as `dotnet exec …/VBCSCompiler.dll`.
            var start = compiler.EndsWith(".dll", StringComparison.Ordinal)
                ? new ProcessStartInfo("dotnet") { ArgumentList = { "exec", compiler } }
                : new ProcessStartInfo(compiler);
            start.ArgumentList.Add($"-pipename:{PipeName}");
            start.ArgumentList.Add("-shutdown");
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            using var shutdown = Process.Start(start)!;
            shutdown.WaitForExit(30_000);
            try
            {
                using var server = Process.GetProcessById(pid);
                if (!server.WaitForExit(30_000)) server.Kill();
            }
            catch (ArgumentException)
            {
                // Already gone.
            }
        }
    }

    public void Dispose() => Stop();

    /// <summary>Our server's process id, or null when it is not running.</summary>
    public int? ProcessId => Processes().Select(p => (int?)p.Pid).FirstOrDefault();

    /// <summary>Our servers: processes whose command line runs VBCSCompiler with our pipe name (read from /proc).</summary>
    private IEnumerable<(int Pid, string Compiler)> Processes()
    {
        if (!Directory.Exists("/proc")) yield break;
        foreach (var entry in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid)) continue;
            string[] commandLine;
            try
            {
                commandLine = File.ReadAllText(Path.Combine(entry, "cmdline")).Split('\0');
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            var compiler = commandLine.FirstOrDefault(a => Path.GetFileName(a) is "VBCSCompiler" or "VBCSCompiler.dll" or "VBCSCompiler.exe");
            if (compiler is not null && commandLine.Contains($"-pipename:{PipeName}")) yield return (pid, compiler);
        }
    }
}
