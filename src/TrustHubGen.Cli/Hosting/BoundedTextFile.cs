using System;
using System.IO;
using System.Text;

namespace TrustHubGen.Cli.Hosting;

/// <summary>
/// Reads a text file the user names (a response file, a policy file) with a size bound, so a device such as
/// <c>/dev/zero</c>, a FIFO or a huge or binary file is an error naming the file instead of an unbounded read.
/// </summary>
internal static class BoundedTextFile
{
    /// <summary>Reads UTF-8 text; false with a sentence (starting with <paramref name="what"/>) when it cannot.</summary>
    public static bool TryRead(string path, string what, int maxBytes, out string? text, out string? error)
    {
        text = null;
        error = null;
        if (Directory.Exists(path))
        {
            // Opening one fails as "access denied", which sends the user looking at permissions.
            error = $"{what} is a directory.";
            return false;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
            var buffer = new MemoryStream();
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                // UTF-16 (Windows' "Unicode") is text too, but of NUL bytes half: say what to do about it.
                if (buffer.Length == 0 && read >= 2 && ((chunk[0] == 0xFF && chunk[1] == 0xFE) || (chunk[0] == 0xFE && chunk[1] == 0xFF)))
                {
                    error = $"{what} is UTF-16 text; save it as UTF-8.";
                    return false;
                }
                if (Array.IndexOf(chunk, (byte)0, 0, read) >= 0)
                {
                    error = $"{what} is not a text file (it holds NUL bytes).";
                    return false;
                }
                if (buffer.Length + read > maxBytes)
                {
                    error = $"{what} is larger than {Size(maxBytes)}.";
                    return false;
                }
                buffer.Write(chunk, 0, read);
            }
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)
                .GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = $"{what} does not exist.";
        }
        catch (DecoderFallbackException)
        {
            error = $"{what} is not UTF-8 text.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{what} cannot be read: {e.Message}";
        }
        return false;
    }

    private static string Size(int bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes / 1024} KiB";
}
