using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Emit;
using TrustHubGen.Generator.Emit.Pipelines;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Model;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>
/// The policy-dependent part of the SDK (<c>PolicyCatalog</c>, the attribute value types, the pipelines), as text, and
/// its fingerprint (<see cref="GeneratedFile.Fingerprint"/>). The package ships it for its default policies as
/// <c>TrustHubGen.Sdk.DefaultPolicies.dll</c> (<see cref="PrecompiledSdk"/>), compiled against <c>TrustHubGen.Sdk.dll</c>.
/// The account snapshot's handles are never part of it: they are the project's own.
/// </summary>
internal sealed record PolicySdk(EquatableArray<GeneratedFile> Files, string Fingerprint)
{
    public static PolicySdk Build(PolicySet set, bool hasPolicySid, SdkRefinements refinements, PipelineSet pipelines, string ns, string access, System.Threading.CancellationToken ct)
    {
        var files = new List<GeneratedFile>();
        if (!set.Policies.IsEmpty)
        {
            // Each policy's typed Sid is of its kind's policy SID type where the SDK has one (PolicyCatalog.Cnam.Sid is a TrustProductPolicySid).
            var kindTypes = refinements.PolicySids.ToDictionary(p => p.Kind, p => p.TypeName);
            files.Add(new GeneratedFile("PolicyCatalog.g.cs", PolicyCatalogEmitter.Emit(ns, access, set.Policies, hasPolicySid,
                kind => kindTypes.TryGetValue(SdkRefinementBuilder.KindName(kind), out var type) ? type : null)));
        }
        files.AddRange(PipelineOutput.Files(pipelines, ns, access, ct));
        return new PolicySdk(new EquatableArray<GeneratedFile>(files), GeneratedFile.Fingerprint(files));
    }
}
