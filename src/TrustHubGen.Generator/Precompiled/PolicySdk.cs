using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Emit;
using TrustHubGen.Generator.Emit.Pipelines;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.Naming;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>
/// One policy's own code: its catalog entry (<c>PolicyCatalogEntries.&lt;Policy&gt;</c>), its attribute value types and its
/// pipeline, as text, and their fingerprint. None of it names another policy or the <c>PolicyCatalog</c> container, so
/// the package's precompiled entries (<c>TrustHubGen.Sdk.DefaultPolicies.dll</c>) stand for the same policy in any set.
/// </summary>
/// <see cref="Sid"/> and <see cref="EntryFingerprint"/> (the entry's text alone, which names no value type) tell a referenced
/// project's public copy of the same policy (<see cref="InternalPolicyCatalog.Policies"/>) and whether it has the same content.
internal sealed record PolicyPart(string Class, EquatableArray<GeneratedFile> Files, string Fingerprint, string Sid = "", string EntryFingerprint = "");

/// <summary>
/// The policy-dependent part of the SDK as text, in two: each policy's <see cref="PolicyPart"/> (the package ships those
/// of its default policies as <c>TrustHubGen.Sdk.DefaultPolicies.dll</c>, with a fingerprint per policy), and the
/// <c>PolicyCatalog</c> container (<c>AllSids</c>, a class per policy deriving from its entry; the package ships its
/// default set's as <c>TrustHubGen.Sdk.PolicyCatalog.dll</c>), which alone depends on the whole set.
/// <see cref="Fingerprint"/> covers every part (the entries' assembly), <see cref="CatalogFingerprint"/> the container.
/// The account snapshot's handles are never part of it: they are the project's own.
/// <see cref="OwnCatalog"/> is the container a project with policies of its own generates beside the package's precompiled
/// policies: internal, because the public <c>PolicyCatalog</c> of that namespace is the package's, and a second public one
/// would be ambiguous (CS0433) in every project that references this one (an application using a library, its tests).
/// It carries <see cref="InternalPolicyCatalog"/>'s mark, for the projects that see it anyway (<c>InternalsVisibleTo</c>).
/// </summary>
internal sealed record PolicySdk(EquatableArray<PolicyPart> Parts, EquatableArray<GeneratedFile> Catalog, EquatableArray<GeneratedFile> OwnCatalog, string Fingerprint, string CatalogFingerprint)
{
    /// <summary>The container's hint name.</summary>
    public const string CatalogHintName = "PolicyCatalog.g.cs";

    public static PolicySdk Build(PolicySet set, bool hasPolicySid, SdkRefinements refinements, PipelineSet pipelines, string ns, string access, System.Threading.CancellationToken ct)
    {
        var parts = new List<PolicyPart>();
        var catalog = new List<GeneratedFile>();
        var ownCatalog = new List<GeneratedFile>();
        if (!set.Policies.IsEmpty)
        {
            // Each policy's typed Sid is of its kind's policy SID type where the SDK has one (PolicyCatalog.Cnam.Sid is a TrustProductPolicySid).
            var kindTypes = refinements.PolicySids.ToDictionary(p => p.Kind, p => p.TypeName);
            foreach (var policy in set.Policies)
            {
                ct.ThrowIfCancellationRequested();
                var name = Names.Pascal(policy.Name);
                var entry = new GeneratedFile(PolicyCatalogEmitter.EntriesNamespace + "." + name + ".g.cs", PolicyCatalogEmitter.EmitEntry(ns, access, policy, hasPolicySid,
                    kindTypes.TryGetValue(SdkRefinementBuilder.KindName(policy.Kind), out var type) ? type : null));
                var files = new List<GeneratedFile> { entry };
                files.AddRange(PipelineOutput.Files(pipelines, name, ns, access, ct));
                parts.Add(new PolicyPart(name, new EquatableArray<GeneratedFile>(files), GeneratedFile.Fingerprint(files), policy.Sid, GeneratedFile.Fingerprint(new[] { entry })));
            }
            catalog.Add(new GeneratedFile(CatalogHintName, PolicyCatalogEmitter.Emit(ns, access, set.Policies)));
            ownCatalog.Add(new GeneratedFile(CatalogHintName, InternalPolicyCatalog.Marked(PolicyCatalogEmitter.Emit(ns, "internal", set.Policies), ns, parts.Select(p => p.Class), pipelines.Values.Select(v => v.TypeName),
                // Only public code can clash with a referencing project's copy of the same policy (CS0436 there).
                access == "public" ? parts.Select(p => p.Class + ":" + p.Sid + ":" + p.EntryFingerprint) : [])));
        }
        return new PolicySdk(new EquatableArray<PolicyPart>(parts), new EquatableArray<GeneratedFile>(catalog), new EquatableArray<GeneratedFile>(ownCatalog),
            GeneratedFile.Fingerprint(parts.SelectMany(p => p.Files)), GeneratedFile.Fingerprint(catalog));
    }

    /// <summary>Every file: the container, then each policy's.</summary>
    public IEnumerable<GeneratedFile> AllFiles => Catalog.Concat(Parts.SelectMany(p => p.Files));
}
