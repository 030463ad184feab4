using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>
/// What one part of the SDK puts into this compilation, before the C# version is looked at: the files it would emit
/// (none where a referenced precompiled part stands in) and the TH0020s its references call for. Decided apart from the
/// emitting so that <see cref="Language.LanguageGate"/> can judge every output at once.
/// </summary>
internal sealed record EmitPlan(EquatableArray<GeneratedFile> Files, EquatableArray<InputDiagnostic> Diagnostics)
{
    public static readonly EmitPlan Nothing = new(EquatableArray<GeneratedFile>.Empty, EquatableArray<InputDiagnostic>.Empty);

    public bool Emits => !Files.IsEmpty;

    /// <summary>The spec-derived part: nothing beside a referenced one in the same namespace (TH0020 when it differs).</summary>
    public static EmitPlan ForSpec(SpecSdk sdk, PrecompiledSdks precompiled, PrecompiledPart builds, string ns, string access)
    {
        if (builds == PrecompiledPart.Spec)
            return Of(sdk.Files.Append(new GeneratedFile("PrecompiledSdk.g.cs", PrecompiledSdk.MarkerSource(sdk.Fingerprint, ns))));
        // The referenced types are these very types: emitting them again would be CS0436 on every use.
        if (precompiled.Spec.Namespace == ns)
            return precompiled.Spec.Fingerprint != sdk.Fingerprint ? Mismatch(precompiled.Spec, "OpenAPI documents, operation selections or policies' client-settable statuses") : Nothing;
        if (sdk.Files.IsEmpty) return Nothing;
        // Public copies of the SDK's types: a project referencing this one finds them by this mark (TH0021 there).
        return Of(access == "public" ? sdk.Files.Append(new GeneratedFile(GeneratedSdkMarker.HintName, GeneratedSdkMarker.Source(ns))) : sdk.Files);
    }

    /// <summary>
    /// The policy-dependent part: per policy, nothing where the referenced entries hold it with the same code; the container
    /// where no referenced one fits. A part that does not fit its references is TH0020 and nothing, never duplicate types.
    /// </summary>
    /// <paramref name="referenced"/>: the public policies of referenced projects in this namespace (their
    /// <see cref="InternalPolicyCatalog"/> marks); a policy among them (same SID) is theirs here, not generated again.
    public static EmitPlan ForPolicies(PolicySdk sdk, PrecompiledSdks precompiled, PrecompiledPart builds, string ns, EquatableArray<ReferencedPolicy> referenced = default)
    {
        switch (builds)
        {
            case PrecompiledPart.Spec:
                return Nothing;
            case PrecompiledPart.Policies:
                // Each policy's code and a fingerprint per policy; never the container, which depends on the whole set.
                return Of(sdk.Parts.SelectMany(p => p.Files).Append(new GeneratedFile("PrecompiledSdk.g.cs", PrecompiledSdk.MarkerSource(sdk.Fingerprint, ns, sdk.Parts))));
            case PrecompiledPart.Catalog:
                return Of(sdk.Catalog.Append(new GeneratedFile("PrecompiledSdk.g.cs", PrecompiledSdk.MarkerSource(sdk.CatalogFingerprint, ns))));
        }
        var entries = precompiled.Policies.Namespace == ns ? precompiled.Policies : null;
        var catalog = precompiled.Catalog.Namespace == ns ? precompiled.Catalog : null;
        if (entries is null)
            // The container derives from the entries: without them (or with another set's) it does not fit.
            return catalog is not null ? Mismatch(catalog, "policy files") : Of(sdk.AllFiles);
        // The entries were compiled against the spec part's assembly: without that reference (or with another spec part) they do not fit.
        if (precompiled.Spec.Namespace != ns) return Mismatch(entries, "policy files");
        // A policy the referenced entries hold with the same code stands on them; one they hold with other code (a packaged
        // policy file edited) cannot be generated beside them under the same names.
        var own = new List<PolicyPart>();
        foreach (var part in sdk.Parts)
        {
            var packaged = entries.PolicyFingerprint(part.Class);
            if (packaged is null) own.Add(part);
            else if (packaged != part.Fingerprint) return Mismatch(entries, "policy files");
        }
        if (catalog is not null)
            // The container holds exactly the packaged set: any policy of the project's own makes another one.
            return catalog.Fingerprint != sdk.CatalogFingerprint || own.Count > 0 ? Mismatch(catalog, "policy files") : Nothing;
        // A policy a referenced project already declares publicly (the same file in a library and its application): a second
        // copy would be CS0436 on every use, so the reference's stands for it (TH0024 when the content differs). The own
        // container still lists it, deriving from the reference's entry.
        var diagnostics = new List<InputDiagnostic>();
        foreach (var part in own.ToList())
        {
            if (referenced.FirstOrDefault(r => r.Sid == part.Sid) is not { } theirs) continue;
            own.Remove(part);
            if (theirs.EntryFingerprint != part.EntryFingerprint)
                diagnostics.Add(InputDiagnostic.Create(InputDiagnosticIds.ReferencedPolicyDiffers, string.Empty, 0, 0, theirs.AssemblyName, part.Sid, part.Class, theirs.Class, ns));
        }
        return new EmitPlan(new EquatableArray<GeneratedFile>(sdk.OwnCatalog.Concat(own.SelectMany(p => p.Files)).ToArray()), new EquatableArray<InputDiagnostic>(diagnostics.ToArray()));
    }

    /// <summary>One public policy of a referenced project (its <see cref="InternalPolicyCatalog"/> mark), in this project's namespace.</summary>
    internal sealed record ReferencedPolicy(string AssemblyName, string Class, string Sid, string EntryFingerprint)
    {
        /// <summary>The policies <paramref name="marks"/> list in <paramref name="ns"/>, the first reference's for a SID.</summary>
        public static EquatableArray<ReferencedPolicy> From(IEnumerable<InternalPolicyCatalog?> marks, string ns) => new(marks
            .Where(m => m is not null && m.Namespace == ns)
            .SelectMany(m => m!.Policies.Select(p => p.Split(':')).Where(p => p.Length == 3).Select(p => new ReferencedPolicy(m.AssemblyName, p[0], p[1], p[2])))
            .GroupBy(p => p.Sid).Select(g => g.OrderBy(p => p.AssemblyName, System.StringComparer.Ordinal).First())
            .OrderBy(p => p.Sid, System.StringComparer.Ordinal).ToArray());
    }

    private static EmitPlan Of(IEnumerable<GeneratedFile> files) => new(new EquatableArray<GeneratedFile>(files.ToArray()), EquatableArray<InputDiagnostic>.Empty);

    private static EmitPlan Mismatch(PrecompiledSdk referenced, string inputs) => new(EquatableArray<GeneratedFile>.Empty,
        new EquatableArray<InputDiagnostic>(new[] { InputDiagnostic.Create(InputDiagnosticIds.PrecompiledSdkMismatch, string.Empty, 0, 0, referenced.AssemblyName, referenced.Namespace, inputs) }));
}
