using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>One generated file: its hint name and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text)
{
    /// <summary>
    /// The SHA-256 of every file's hint name and text, in order: two compilations with the same fingerprint would
    /// compile the same types, so one of them can reference the other's assembly instead (<see cref="PrecompiledSdk"/>).
    /// </summary>
    public static string Fingerprint(IEnumerable<GeneratedFile> files)
    {
        using var sha = SHA256.Create();
        var bytes = new List<byte>();
        foreach (var file in files)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(file.HintName));
            bytes.Add(0);
            bytes.AddRange(Encoding.UTF8.GetBytes(file.Text));
            bytes.Add(0);
        }
        var hash = sha.ComputeHash(bytes.ToArray());
        var text = new StringBuilder(hash.Length * 2);
        foreach (var b in hash) text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return text.ToString();
    }
}
