using System;
using System.IO;
using TrustHubGen.Emulator.State.Storage;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// A text file the user names (a response file, a policy file), read with the emulator's bounded reader
/// (<see cref="BoundedFile"/>: folders, devices, binary, UTF-16 and huge files named as such), as a sentence rather than
/// an exception when it cannot be.
/// </summary>
internal static class BoundedTextFile
{
    /// <summary>Reads UTF-8 text; false with a sentence (starting with <paramref name="what"/>) when it cannot.</summary>
    public static bool TryRead(string path, string what, int maxBytes, out string? text, out string? error)
    {
        text = null;
        error = null;
        try
        {
            text = BoundedFile.ReadAllText(path, maxBytes, what);
            return true;
        }
        catch (InvalidDataException e)
        {
            error = e.Message;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = $"{what} does not exist.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{what} cannot be read: {e.Message}";
        }
        return false;
    }
}
