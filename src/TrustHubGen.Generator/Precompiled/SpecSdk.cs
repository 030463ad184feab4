using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Emit;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Model;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>
/// The spec-derived part of the SDK (SIDs, enums, models, requests, clients, with the refinements), as text, and its
/// fingerprint (<see cref="GeneratedFile.Fingerprint"/>). The package ships it for its default inputs as
/// <c>TrustHubGen.Sdk.dll</c> (<see cref="PrecompiledSdk"/>).
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
        return new SpecSdk(new EquatableArray<GeneratedFile>(files), GeneratedFile.Fingerprint(files));
    }
}
