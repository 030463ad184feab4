using System.Text;

namespace TrustHubGen.Emulator.State.Storage;

/// <summary>
/// Reads a JSON file the user names (seed, state, policy, faults) up to a bound: a device such as <c>/dev/zero</c>, a
/// binary or a huge file is an <see cref="InvalidDataException"/> naming it, never a read until memory runs out.
/// </summary>
internal static class BoundedFile
{
    /// <summary>State and seed files: a million numbers take a few hundred MiB.</summary>
    public const int StateMaxBytes = 1024 * 1024 * 1024;

    /// <summary>Policy and faults files are a few KiB.</summary>
    public const int DefinitionMaxBytes = 16 * 1024 * 1024;

    /// <exception cref="InvalidDataException">The file holds NUL bytes (JSON text never does) or is larger than <paramref name="maxBytes"/>.</exception>
    public static byte[] ReadAllBytes(string path, int maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (Array.IndexOf(chunk, (byte)0, 0, read) >= 0)
            {
                throw new InvalidDataException($"{path} is not a JSON text file (it holds NUL bytes).");
            }

            if (buffer.Length + read > maxBytes)
            {
                throw new InvalidDataException($"{path} is larger than {maxBytes / (1024 * 1024)} MiB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The file as text, its encoding from a byte-order mark (UTF-8 without one), as <see cref="File.ReadAllText(string)"/> reads it.</summary>
    /// <exception cref="InvalidDataException">As <see cref="ReadAllBytes"/>.</exception>
    public static string ReadAllText(string path, int maxBytes)
    {
        using var reader = new StreamReader(new MemoryStream(ReadAllBytes(path, maxBytes)), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
