namespace TrustHubGen.Emulator.State.Storage;

/// <summary>
/// One running emulator per state file: two would each write their own state over the other's, and the writes of
/// whichever wrote first would be lost. Held as an exclusive lock on <c>.FILE.lock</c> beside the file the state is
/// written to (a link's target), from before the file is loaded until after the final write; the kernel drops it when
/// the process ends, however it ends.
/// </summary>
internal sealed class StateFileLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly string _path;

    private StateFileLock(FileStream stream, string path)
    {
        _stream = stream;
        _path = path;
    }

    /// <exception cref="InvalidDataException">Another emulator holds the file.</exception>
    public static StateFileLock Acquire(string statePath)
    {
        var target = LinkTargets.FinalTarget(Path.GetFullPath(statePath));
        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $".{Path.GetFileName(target)}.lock");
        try
        {
            // FileShare.None is an exclusive, non-blocking flock on Unix and a sharing-mode lock on Windows.
            return new StateFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
        }
        catch (IOException)
        {
            throw new InvalidDataException($"{target} is the state file of another running emulator; give this one another --state file (EmulatorOptions.StatePath), or stop that one.");
        }
    }

    public void Dispose()
    {
        // Removed while still held, so no other emulator can be holding it.
        File.Delete(_path);
        _stream.Dispose();
    }
}
