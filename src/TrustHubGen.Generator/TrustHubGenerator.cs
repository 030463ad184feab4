using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Emit.Pipelines;
using TrustHubGen.Generator.Emit.Refinements;
using TrustHubGen.Generator.Input;
using TrustHubGen.Generator.Language;
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

        // A reference that generated the SDK's public types itself in this project's SDK namespace (its mark, read only
        // when the references change): every such type is ambiguous here, so one TH0021 names the reference and the fix.
        // Both marks other projects leave (this and InternalPolicyCatalog's below) come from one read of each reference.
        var referenceMarks = context.MetadataReferencesProvider
            .Select(static (reference, _) => ReferenceMarks.Read(reference))
            .Where(static marks => marks is not null)
            .Collect();
        // Pipelines need only a few facts from the documents (typed SIDs, type names), so most spec edits leave them cached.
        // and the value types referenced projects' own policies declare in this namespace (read only when the references change).
        var namespaceName = options.Select(static (o, _) => o.Namespace);
        var referencedValueTypes = referenceMarks.Combine(namespaceName).Select(static (pair, _) => new EquatableArray<string>(
            pair.Left.Select(m => m!.Catalog).Where(c => c is not null && c.Namespace == pair.Right).SelectMany(c => c!.ValueTypes).Distinct().OrderBy(n => n, System.StringComparer.Ordinal)));
        var pipelineSet = policySet.Combine(documentSet.Select(static (set, _) => PipelineSetBuilder.Facts(set))).Combine(referencedValueTypes)
            .Select(static (pair, _) => PipelineSetBuilder.Build(pair.Left.Left.Policies, pair.Left.Right, pair.Right))
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

        // What each part would emit here, beside the precompiled parts the compilation references (TH0020 where they differ).
        var specPlan = specSdk.Combine(precompiled).Combine(builds).Combine(names)
            .Select(static (pair, _) => EmitPlan.ForSpec(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right.Namespace, pair.Right.Accessibility));
        // The public policies referenced projects declare in this namespace (their marks, read only when the references change):
        // this project's copy of one of them (same SID) is not generated again (TH0024 when its content differs).
        var referencedPolicies = referenceMarks.Combine(namespaceName)
            .Select(static (pair, _) => EmitPlan.ReferencedPolicy.From(pair.Left.Select(m => m!.Catalog), pair.Right));
        var policyPlan = policySdk.Combine(precompiled).Combine(builds).Combine(namespaceName).Combine(referencedPolicies)
            .Select(static (pair, _) => EmitPlan.ForPolicies(pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right, pair.Right));

        // Account snapshots (TrustHubGenKind=Snapshot): typed handles and TH02xx diagnostics, in their own steps.
        var handles = SnapshotPipeline.Register(context, files, documentSet);
        // A reference with public handles in this namespace (its mark): this project's own would hide them (TH0023 instead).
        var handlesConflict = referenceMarks.Combine(namespaceName)
            .Select(static (pair, _) => pair.Left.Select(m => m!.Handles).FirstOrDefault(h => h is not null && h.Namespace == pair.Right));

        // The C# the project compiles (ParseOptions, never a keystroke), judged for every output at once: what it cannot
        // compile is left out, with one TH0022 instead of the compiler's errors in files the user never wrote.
        var languageVersion = context.ParseOptionsProvider.Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest);
        var here = specPlan.Select(static (plan, _) => plan.Emits).Combine(policyPlan.Select(static (plan, _) => plan.Emits)).Combine(handles.Combine(handlesConflict).Select(static (pair, _) => SnapshotPipeline.Need(pair.Left, pair.Right)))
            .Select(static (pair, _) => new GeneratedHere(pair.Left.Left, pair.Left.Right, pair.Right.Emits, pair.Right.NamesSpecTypes));
        var gate = here.Combine(languageVersion)
            .Select(static (pair, _) => LanguageGate.Decide(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.LanguageGate);
        context.RegisterSourceOutput(gate, static (spc, g) =>
        {
            if (g.Problem is { } problem) spc.ReportDiagnostic(InputDescriptors.ToDiagnostic(problem));
        });
        context.RegisterSourceOutput(specPlan.Combine(gate), static (spc, pair) => Emit(spc, pair.Left, pair.Right.SpecSdk));
        context.RegisterSourceOutput(policyPlan.Combine(gate), static (spc, pair) => Emit(spc, pair.Left, pair.Right.PolicyCode));
        SnapshotPipeline.RegisterHandles(context, handles, handlesConflict, options, gate.Select(static (g, _) => g.AccountHandles));

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
        var globalUsings = languageVersion.Select(static (version, _) => version >= LanguageNeeds.PolicyCatalogAlias.Version);
        context.RegisterSourceOutput(internalCatalogs.Combine(assemblyName).Combine(policyClasses).Combine(namespaceName).Combine(globalUsings), static (spc, pair) =>
        {
            var source = pair.Right ? InternalPolicyCatalog.AliasSource(pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Right, pair.Left.Left.Right) : null;
            if (source is not null) spc.AddSource(InternalPolicyCatalog.HintName, source);
        });
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

    private static void ReportReferencedSdks(SourceProductionContext context, System.Collections.Immutable.ImmutableArray<GeneratedSdkMarker?> markers, string ns)
    {
        foreach (var marker in markers)
        {
            if (marker is not null && marker.Namespace == ns)
                context.ReportDiagnostic(InputDescriptors.ToDiagnostic(InputDiagnostic.Create(InputDiagnosticIds.ReferencedSdkConflict, string.Empty, 0, 0, marker.AssemblyName, marker.Namespace)));
        }
    }

    /// <summary>A part's TH0020s, and its files when the project's C# compiles them.</summary>
    private static void Emit(SourceProductionContext context, EmitPlan plan, bool allowed)
    {
        Report(context, plan.Diagnostics);
        if (allowed) Emit(context, plan.Files);
    }

    private static void Emit(SourceProductionContext context, IEnumerable<GeneratedFile> files)
    {
        foreach (var file in files) context.AddSource(file.HintName, file.Text);
    }
}
