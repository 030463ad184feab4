using System.Text.Json;

namespace TrustHubGen.Emulator.State;

/// <summary>
/// Writes the state to <c>--state FILE</c> shortly after each change, atomically: the JSON goes to a temporary file
/// in the same folder, is flushed to disk, then renamed over the target. A kill at any moment leaves either the old
/// or the new complete file, never a partial one.
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

    public StatePersister(EmulatorState state, string path, TimeSpan interval)
    {
        _state = state;
        _path = Path.GetFullPath(path);
        _interval = interval;
        _loop = Task.Run(RunAsync);
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

            var directory = Path.GetDirectoryName(_path)!;
            Directory.CreateDirectory(directory);
            var temporary = Path.Combine(directory, $".{Path.GetFileName(_path)}.{Environment.ProcessId}.tmp");
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                await using (var writer = new Utf8JsonWriter(stream, Wire.Reply.Options))
                {
                    StateFile.Write(_state, writer);
                }

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

    private async Task RunAsync()
    {
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                await Task.Delay(_interval, _stopping.Token).ConfigureAwait(false);
                await FlushAsync().ConfigureAwait(false);
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
        await FlushAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _writeGate.Dispose();
    }
}
