using System.Text;

namespace TrustHubGen.Emulator.State.Storage;

/// <summary>
/// Reads a text file the user names (the emulator's seed, state, policy and faults files; <c>trusthub</c>'s response and
/// policy files) up to a bound: a folder, a device such as <c>/dev/zero</c>, a binary, UTF-16 or huge file is an
/// <see cref="InvalidDataException"/> naming it and what is wrong, never a read until memory runs out.
/// </summary>
internal static class BoundedFile
{
    /// <summary>State and seed files: a million numbers take a few hundred MiB.</summary>
    public const int StateMaxBytes = 1024 * 1024 * 1024;

    /// <summary>Policy and faults files are a few KiB.</summary>
    public const int DefinitionMaxBytes = 16 * 1024 * 1024;

    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The most bytes read before the file is refused as too large.</param>
    /// <param name="what">How messages name the file; the path when null.</param>
    /// <exception cref="InvalidDataException">A folder, UTF-16 text, NUL bytes (text never holds one) or more than <paramref name="maxBytes"/>.</exception>
    /// <exception cref="IOException">It does not exist or cannot be read.</exception>
    public static byte[] ReadAllBytes(string path, int maxBytes, string? what = null)
    {
        what ??= path;
        // Opening a folder fails as "access denied", which sends the user looking at permissions.
        if (Directory.Exists(path)) throw new InvalidDataException($"{what} is a directory.");
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            // UTF-16 (Windows' "Unicode") is text too, but of NUL bytes half: say what to do about it.
            if (buffer.Length == 0 && read >= 2 && ((chunk[0] == 0xFF && chunk[1] == 0xFE) || (chunk[0] == 0xFE && chunk[1] == 0xFF)))
            {
                throw new InvalidDataException($"{what} is UTF-16 text; save it as UTF-8.");
            }

            if (Array.IndexOf(chunk, (byte)0, 0, read) >= 0)
            {
                throw new InvalidDataException($"{what} is not a text file (it holds NUL bytes).");
            }

            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException($"{what} is larger than {Size(maxBytes)}.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The file as UTF-8 text, a byte-order mark dropped.</summary>
    /// <exception cref="InvalidDataException">As <see cref="ReadAllBytes"/>, or not UTF-8.</exception>
    public static string ReadAllText(string path, int maxBytes, string? what = null)
    {
        var bytes = ReadAllBytes(path, maxBytes, what);
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException($"{what ?? path} is not UTF-8 text.");
        }
    }

    private static string Size(int bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";
}
