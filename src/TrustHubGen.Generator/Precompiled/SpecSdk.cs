using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using TrustHubGen.Generator.Emit;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Model;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>One generated file: its hint name and its text.</summary>
internal sealed record GeneratedFile(string HintName, string Text);

/// <summary>
/// The spec-derived part of the SDK (SIDs, enums, models, requests, clients, with the refinements), as text, and its
/// fingerprint: the SHA-256 of every file's hint name and text. Two compilations with the same fingerprint would
/// compile the same spec-derived types, so one of them can reference the other's assembly instead
/// (<see cref="PrecompiledSdk"/>).
/// </summary>
internal sealed record SpecSdk(EquatableArray<GeneratedFile> Files, string Fingerprint)
{
    public static SpecSdk Build(ApiDocumentSet set, SdkRefinements refinements, string ns, string access, System.Threading.CancellationToken ct)
    {
        var files = new List<GeneratedFile>();
        if (!set.Documents.IsEmpty)
        {
            files.Add(new GeneratedFile("Sids.g.cs", SidEmitter.Emit(ns, access, set.Sids, refinements)));
            foreach (var original in set.Documents)
            {
                ct.ThrowIfCancellationRequested();
                var document = SdkRefinementBuilder.Apply(original, refinements);
                if (!document.Enums.IsEmpty) files.Add(new GeneratedFile(document.Name + ".Enums.g.cs", EnumEmitter.Emit(ns, access, document.Enums, refinements.Statuses)));
                if (!document.Records.IsEmpty) files.Add(new GeneratedFile(document.Name + ".Models.g.cs", ModelEmitter.Emit(ns, access, document.Records)));
                if (document.Resources.Any(r => r.Operations.Any(o => o.RequestTypeName is not null)))
                    files.Add(new GeneratedFile(document.Name + ".Requests.g.cs", RequestEmitter.Emit(ns, access, document.Resources)));
                files.Add(new GeneratedFile(document.Name + ".Clients.g.cs", ClientEmitter.Emit(ns, access, document)));
            }
        }
        return new SpecSdk(new EquatableArray<GeneratedFile>(files), Hash(files));
    }

    private static string Hash(List<GeneratedFile> files)
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
