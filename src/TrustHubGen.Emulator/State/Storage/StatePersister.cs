using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Emulator.State.Storage;

/// <summary>
/// Writes the state to <c>--state FILE</c> shortly after each change, atomically: the JSON goes to a temporary file
/// in the same folder, is flushed to disk, then renamed over the target. A kill at any moment leaves either the old
/// or the new complete file, never a partial one. The file holds every account's auth token, so it and its temporary
/// file are created readable and writable by the owner only (0600).
/// </summary>
internal sealed class StatePersister : IAsyncDisposable
{
    private readonly EmulatorState _state;
    private readonly string _path;
    private readonly TimeSpan _interval;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly Task _loop;
    private long _written = -1;

    private readonly ILogger _logger;

    private readonly StateFileLock _lock;

    // fileLock: the file's lock, taken before the file was loaded; released after the final write.
    public StatePersister(EmulatorState state, string path, StateFileLock fileLock, TimeSpan interval, ILogger logger)
    {
        _lock = fileLock;
        _state = state;
        // A --state link stays a link: the file it ends at is the one written (its folder holds the temporary file).
        _path = LinkTargets.FinalTarget(Path.GetFullPath(path));
        _interval = interval;
        _logger = logger;
        RemoveStaleTemporaryFiles();
        if (!OperatingSystem.IsWindows() && File.Exists(_path))
        {
            // Files written before the emulator created them owner-only may still be world-readable.
            File.SetUnixFileMode(_path, OwnerOnly);
        }

        _loop = Task.Run(RunAsync);
    }

    /// <summary>Owner read and write only: the file carries auth tokens.</summary>
    public const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private string TemporaryPath(int processId) => Path.Combine(Path.GetDirectoryName(_path)!, $".{Path.GetFileName(_path)}.{processId}.tmp");

    /// <summary>
    /// A process killed between writing its temporary file and renaming it leaves <c>.FILE.PID.tmp</c> behind: remove
    /// those of processes that no longer run (another live emulator's file is left alone).
    /// </summary>
    private void RemoveStaleTemporaryFiles()
    {
        var directory = Path.GetDirectoryName(_path)!;
        if (!Directory.Exists(directory))
        {
            return;
        }

        var prefix = $".{Path.GetFileName(_path)}.";
        foreach (var file in Directory.EnumerateFiles(directory, prefix + "*.tmp"))
        {
            var middle = Path.GetFileName(file)[prefix.Length..^".tmp".Length];
            if (int.TryParse(middle, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var pid)
                && (pid == Environment.ProcessId || !IsRunning(pid)))
            {
                File.Delete(file);
                _logger.LogInformation("Removed {File}, left by an emulator that stopped before finishing a write.", file);
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Writes now if anything changed since the last write.</summary>
    public async Task FlushAsync()
    {
        await _writeGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var version = _state.Version;
            if (version == _written)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = TemporaryPath(Environment.ProcessId);
            var document = StateCapture.Capture(_state);
            await using (var stream = new FileStream(temporary, CreateOptions))
            {
                await JsonSerializer.SerializeAsync(stream, document, StateJsonContext.File.StateDocument).ConfigureAwait(false);
                await stream.FlushAsync().ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, _path, overwrite: true);
            _written = version;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static FileStreamOptions CreateOptions
    {
        get
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 16, Options = FileOptions.Asynchronous };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerOnly;
            }

            return options;
        }
    }

    private async Task RunAsync()
    {
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                await Task.Delay(_interval, _stopping.Token).ConfigureAwait(false);
                try
                {
                    await FlushAsync().ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    // A full disk or a vanished folder must not end persistence for good: report it and try again.
                    _logger.LogError("Could not write the state file {Path}: {Message}; retrying.", _path, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: DisposeAsync writes the final state.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        try
        {
            await FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _lock.Dispose();
        }

        _stopping.Dispose();
        _writeGate.Dispose();
    }
}
