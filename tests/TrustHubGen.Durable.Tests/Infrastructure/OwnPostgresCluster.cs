using System.Diagnostics;
using TrustHubGen.Testing;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the test's own (eng/postgres.sh start), for a test that takes the server away: the shared
/// one (TRUSTHUBGEN_TEST_POSTGRES) serves the tests running beside it.
/// </summary>
internal sealed class OwnPostgresCluster : IAsyncDisposable
{
    private readonly string _folder;

    private OwnPostgresCluster(string folder, string connectionString)
    {
        _folder = folder;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<OwnPostgresCluster> StartAsync()
    {
        var lines = (await RunAsync("start")).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new OwnPostgresCluster(lines[^2], lines[^1]);
    }

    /// <summary>Stops the server as a crash would: every session cut, nothing flushed.</summary>
    public Task HaltAsync() => RunAsync("halt", _folder);

    /// <summary>Starts it again on the same port.</summary>
    public Task ResumeAsync() => RunAsync("resume", _folder);

    public async ValueTask DisposeAsync() => await RunAsync("delete", _folder);

    private static async Task<string> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "eng", "postgres.sh"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"bash eng/postgres.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}{await errors}");
        return await output;
    }
}
