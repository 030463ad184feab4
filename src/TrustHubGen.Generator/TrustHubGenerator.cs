using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Emit.Pipelines;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Input;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.OpenApi;
using TrustHubGen.Generator.Precompiled;
using TrustHubGen.Generator.Snapshots;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator;

/// <summary>
/// Generates a typed Twilio SDK from OpenAPI documents and a policy catalog from policy definitions, both given as
/// <c>AdditionalFiles</c> with <c>TrustHubGenKind</c> metadata. See this project's README for the steps.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class TrustHubGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => InputClassifier.Options(provider))
            .WithTrackingName(TrackingNames.Options);

        // Why combine each file with the options provider and filter before any read: files without our metadata
        // (the user's other AdditionalFiles) cost one dictionary lookup, and an edit to one file reruns only its row.
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => InputClassifier.Classify(pair.Left, pair.Right))
            .Where(static file => file.Kind != InputKind.None)
            .WithTrackingName(TrackingNames.InputFiles);

        // Only the operation limit from the options: a new namespace does not reparse the documents.
        var maxOperations = options.Select(static (o, _) => o.MaxOperations);
        var documents = files
            .Where(static file => file.Kind == InputKind.OpenApi)
            .Combine(maxOperations)
            .Select(static (pair, ct) => ApiDocumentReader.Read(pair.Left.File.Path, pair.Left.File.GetText(ct)?.ToString(), pair.Left.Selection, pair.Right, ct))
            .WithTrackingName(TrackingNames.OpenApiDocuments);

        var policies = files
            .Where(static file => file.Kind == InputKind.Policy)
            .Select(static (file, ct) => ReadPolicy(file, ct))
            .WithTrackingName(TrackingNames.PolicyDefinitions);

        // Collisions need every file at once; the set is sorted by path so the same inputs give the same output
        // whatever order MSBuild lists them in.
        var documentSet = documents.Collect()
            .Select(static (results, _) => SetBuilders.Documents(results))
            .WithTrackingName(TrackingNames.OpenApiDocumentSet);

        var policySet = policies.Collect()
            .Select(static (results, _) => SetBuilders.Policies(results))
            .WithTrackingName(TrackingNames.PolicySet);

        // Diagnostics are reported apart from the sources, from the per-file results, so a broken file still shows
        // its errors while the other files generate.
        context.RegisterSourceOutput(documents, static (spc, result) => Report(spc, result.Diagnostics));
        context.RegisterSourceOutput(policies, static (spc, result) => Report(spc, result.Diagnostics));
        context.RegisterSourceOutput(files.Where(static f => f.Kind == InputKind.Unknown && !SnapshotPipeline.IsSnapshot(f)), static (spc, file) => spc.ReportDiagnostic(InputDescriptors.ToDiagnostic(InputClassifier.UnknownKind(file))));
        context.RegisterSourceOutput(documentSet, static (spc, set) => Report(spc, set.Diagnostics));
        context.RegisterSourceOutput(policySet, static (spc, set) => Report(spc, set.Diagnostics));
        context.RegisterSourceOutput(options, static (spc, o) => Report(spc, o.Diagnostics));

        // Narrower types than the spec's (a policy SID per kind, the entity-assignment object, settable statuses): from the
        // documents and, of the policies, only each kind's settable statuses, so a policy edit reruns the SDK only when those change.
        var settableStatuses = policySet.Select(static (set, _) => SdkRefinementBuilder.Statuses(set));
        var refinements = documentSet.Combine(settableStatuses)
            .Select(static (pair, _) => SdkRefinementBuilder.Build(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.SdkRefinements);

        // Pipelines need only a few facts from the documents (typed SIDs, type names), so most spec edits leave them cached.
        var pipelineSet = policySet.Combine(documentSet.Select(static (set, _) => PipelineSetBuilder.Facts(set)))
            .Select(static (pair, _) => PipelineSetBuilder.Build(pair.Left.Policies, pair.Right))
            .WithTrackingName(TrackingNames.PipelineSet);

        // The SDK in two parts, each as text with its fingerprint: the spec-derived part, and the policy-dependent part
        // (per policy its catalog entry, value types and pipeline, each with a fingerprint; the PolicyCatalog container).
        // The package ships them for its default inputs precompiled (TrustHubGen.Sdk.dll, src/TrustHubGen.Sdk;
        // TrustHubGen.Sdk.DefaultPolicies.dll, the policies' code; TrustHubGen.Sdk.PolicyCatalog.dll, the container); what
        // the compilation references with the same fingerprint is not emitted, so the IDE does not bind and re-diagnose it
        // on every keystroke. The references are read only when they change, never on a keystroke.
        var names = options.Select(static (o, _) => (o.Namespace, o.Accessibility));
        var specSdk = documentSet.Combine(refinements).Combine(names)
            .Select(static (pair, ct) => SpecSdk.Build(pair.Left.Left, pair.Left.Right, pair.Right.Namespace, pair.Right.Accessibility, ct))
            .WithTrackingName(TrackingNames.SpecSdk);
        var policySdk = policySet.Combine(documentSet.Select(static (set, _) => set.Sids.Any(s => s.Name == "PolicySid"))).Combine(refinements).Combine(pipelineSet).Combine(names)
            .Select(static (pair, ct) => PolicySdk.Build(pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right, pair.Right.Namespace, pair.Right.Accessibility, ct))
            .WithTrackingName(TrackingNames.PolicySdk);
        var precompiled = context.MetadataReferencesProvider
            .Select(static (reference, _) => PrecompiledSdk.Read(reference))
            .Where(static sdk => sdk is not null)
            .Collect()
            .Select(static (found, _) => PrecompiledSdks.From(found))
            .WithTrackingName(TrackingNames.PrecompiledSdk);
        var builds = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => InputClassifier.BuildsPrecompiledSdk(provider));
        var namespaceName = options.Select(static (o, _) => o.Namespace);

        // The C# the project compiles: generated code it cannot compile is one TH0022 instead (ParseOptions, never a keystroke).
        var languageVersion = context.ParseOptionsProvider.Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest);
        context.RegisterSourceOutput(specSdk.Combine(precompiled).Combine(builds).Combine(names).Combine(languageVersion),
            static (spc, pair) => EmitSpecSdk(spc, pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right.Namespace, pair.Left.Right.Accessibility, pair.Right));
        context.RegisterSourceOutput(policySdk.Combine(precompiled).Combine(builds).Combine(namespaceName).Combine(languageVersion),
            static (spc, pair) => EmitPolicySdk(spc, pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right, pair.Right));

        // A reference that generated the SDK's public types itself in this project's SDK namespace (its mark, read only
        // when the references change): every such type is ambiguous here, so one TH0021 names the reference and the fix.
        // Both marks other projects leave (this and InternalPolicyCatalog's below) come from one read of each reference.
        var referenceMarks = context.MetadataReferencesProvider
            .Select(static (reference, _) => ReferenceMarks.Read(reference))
            .Where(static marks => marks is not null)
            .Collect();
        var referencedSdks = referenceMarks
            .Select(static (marks, _) => marks.Select(m => m!.Sdk).Where(m => m is not null).ToImmutableArray())
            .WithTrackingName(TrackingNames.ReferencedSdks);
        context.RegisterSourceOutput(referencedSdks.Combine(namespaceName), static (spc, pair) => ReportReferencedSdks(spc, pair.Left, pair.Right));

        // A reference whose internal PolicyCatalog this project sees (InternalsVisibleTo: a library's tests) beside the
        // package's public one: PolicyCatalog becomes an alias of a container with both's policies (InternalPolicyCatalog).
        var internalCatalogs = referenceMarks
            .Select(static (marks, _) => marks.Select(m => m!.Catalog).Where(m => m is not null).ToImmutableArray())
            .WithTrackingName(TrackingNames.InternalPolicyCatalogs);
        // From MSBuild, not the compilation: a step on the compilation would rerun on every keystroke.
        var assemblyName = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) =>
            provider.GlobalOptions.TryGetValue("build_property.AssemblyName", out var name) ? name : string.Empty);
        var policyClasses = policySdk.Select(static (sdk, _) => new EquatableArray<string>(sdk.Parts.Select(p => p.Class)));
        // A global using alias is C# 10: before it, the project keeps the two containers rather than fail to compile.
        var globalUsings = languageVersion.Select(static (version, _) => version >= LanguageVersion.CSharp10);
        context.RegisterSourceOutput(internalCatalogs.Combine(assemblyName).Combine(policyClasses).Combine(namespaceName).Combine(globalUsings), static (spc, pair) =>
        {
            var source = pair.Right ? InternalPolicyCatalog.AliasSource(pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Right, pair.Left.Left.Right) : null;
            if (source is not null) spc.AddSource(InternalPolicyCatalog.HintName, source);
        });

        // Account snapshots (TrustHubGenKind=Snapshot): typed handles and TH02xx diagnostics, in their own steps.
        SnapshotPipeline.Register(context, files, options, documentSet);
    }

    private static PolicyResult ReadPolicy(InputFile file, System.Threading.CancellationToken ct)
    {
        var path = file.File.Path;
        // The budget: PolicyCatalog carries every string of the policy as a literal (TH0124 rather than CS8103 inside generated code).
        var result = PolicyReader.Read(path, file.File.GetText(ct)?.ToString() ?? string.Empty, PolicyReader.GeneratedCodeBudget);
        return new PolicyResult(path, result.Policy, result.Diagnostics);
    }

    private static void Report(SourceProductionContext context, EquatableArray<InputDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) context.ReportDiagnostic(InputDescriptors.ToDiagnostic(diagnostic));
    }

    private static void EmitSpecSdk(SourceProductionContext context, SpecSdk sdk, PrecompiledSdks precompiled, PrecompiledPart builds, string ns, string access, LanguageVersion version)
    {
        if (builds == PrecompiledPart.Spec)
        {
            Emit(context, sdk.Files);
            context.AddSource("PrecompiledSdk.g.cs", PrecompiledSdk.MarkerSource(sdk.Fingerprint, ns));
            return;
        }
        // The referenced types are these very types: emitting them again would be CS0436 on every use.
        if (precompiled.Spec.Namespace == ns)
        {
            if (precompiled.Spec.Fingerprint != sdk.Fingerprint) ReportMismatch(context, precompiled.Spec, "OpenAPI documents, operation selections or policies' client-settable statuses");
            return;
        }
        if (!sdk.Files.IsEmpty && TooOld(context, version, LanguageVersion.CSharp11, "the spec-derived SDK", "required members")) return;
        Emit(context, sdk.Files);
        // Public copies of the SDK's types: a project referencing this one finds them by this mark (TH0021 there).
        if (access == "public" && !sdk.Files.IsEmpty) context.AddSource(GeneratedSdkMarker.HintName, GeneratedSdkMarker.Source(ns));
    }

    private static void ReportReferencedSdks(SourceProductionContext context, System.Collections.Immutable.ImmutableArray<GeneratedSdkMarker?> markers, string ns)
    {
        foreach (var marker in markers)
        {
            if (marker is not null && marker.Namespace == ns)
                context.ReportDiagnostic(InputDescriptors.ToDiagnostic(InputDiagnostic.Create(InputDiagnosticIds.ReferencedSdkConflict, string.Empty, 0, 0, marker.AssemblyName, marker.Namespace)));
        }
    }

    private static void EmitPolicySdk(SourceProductionContext context, PolicySdk sdk, PrecompiledSdks precompiled, PrecompiledPart builds, string ns, LanguageVersion version)
    {
        switch (builds)
        {
            case PrecompiledPart.Spec:
                return;
            case PrecompiledPart.Policies:
                // Each policy's code and a fingerprint per policy; never the container, which depends on the whole set.
                Emit(context, sdk.Parts.SelectMany(p => p.Files));
                context.AddSource("PrecompiledSdk.g.cs", PrecompiledSdk.MarkerSource(sdk.Fingerprint, ns, sdk.Parts));
                return;
            case PrecompiledPart.Catalog:
                Emit(context, sdk.Catalog);
                context.AddSource("PrecompiledSdk.g.cs", PrecompiledSdk.MarkerSource(sdk.CatalogFingerprint, ns));
                return;
        }
        var entries = precompiled.Policies.Namespace == ns ? precompiled.Policies : null;
        var catalog = precompiled.Catalog.Namespace == ns ? precompiled.Catalog : null;
        if (entries is null)
        {
            // The container derives from the entries: without them (or with another set's) it does not fit.
            if (catalog is not null) ReportMismatch(context, catalog, "policy files");
            // Beside a spec part generated here, whose TH0022 (C# 11) already stands for both: the policies' code needs its types.
            else if (precompiled.Spec.Namespace != ns && version < LanguageVersion.CSharp11) return;
            else if (!TooOld(context, version, LanguageVersion.CSharp10, "the policy catalog and pipelines", "file-scoped namespaces")) Emit(context, sdk.AllFiles);
            return;
        }
        // The entries were compiled against the spec part's assembly: without that reference (or with another spec part) they do not fit.
        if (precompiled.Spec.Namespace != ns)
        {
            ReportMismatch(context, entries, "policy files");
            return;
        }
        // A policy the referenced entries hold with the same code stands on them; one they hold with other code (a packaged
        // policy file edited) cannot be generated beside them under the same names.
        var own = new List<PolicyPart>();
        foreach (var part in sdk.Parts)
        {
            var referenced = entries.PolicyFingerprint(part.Class);
            if (referenced is null) own.Add(part);
            else if (referenced != part.Fingerprint)
            {
                ReportMismatch(context, entries, "policy files");
                return;
            }
        }
        if (catalog is not null)
        {
            // The container holds exactly the packaged set: any policy of the project's own makes another one.
            if (catalog.Fingerprint != sdk.CatalogFingerprint || own.Count > 0) ReportMismatch(context, catalog, "policy files");
            return;
        }
        if (TooOld(context, version, LanguageVersion.CSharp10, "the policy catalog and pipelines", "file-scoped namespaces")) return;
        Emit(context, sdk.OwnCatalog);
        Emit(context, own.SelectMany(p => p.Files));
    }

    /// <summary>
    /// True, with one TH0022, when the project compiles an older C# than <paramref name="needed"/>: its generated code would
    /// be a compiler error in each generated file, pointing at code the user never wrote.
    /// </summary>
    private static bool TooOld(SourceProductionContext context, LanguageVersion version, LanguageVersion needed, string code, string features)
    {
        if (version >= needed) return false;
        context.ReportDiagnostic(InputDescriptors.ToDiagnostic(InputDiagnostic.Create(InputDiagnosticIds.LanguageVersionTooLow, string.Empty, 0, 0,
            version.ToDisplayString(), code, needed.ToDisplayString(), features)));
        return true;
    }

    private static void Emit(SourceProductionContext context, IEnumerable<GeneratedFile> files)
    {
        foreach (var file in files) context.AddSource(file.HintName, file.Text);
    }

    private static void ReportMismatch(SourceProductionContext context, PrecompiledSdk referenced, string inputs) =>
        context.ReportDiagnostic(InputDescriptors.ToDiagnostic(InputDiagnostic.Create(InputDiagnosticIds.PrecompiledSdkMismatch, string.Empty, 0, 0, referenced.AssemblyName, referenced.Namespace, inputs)));
}
