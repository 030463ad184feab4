using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Emit;
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

        // The spec-derived SDK as text, and whether the compilation references a precompiled copy of it (the package's
        // TrustHubGen.Sdk.dll, src/TrustHubGen.Sdk): then only the policy-dependent code below is emitted, against the
        // referenced types, so the IDE does not bind and re-diagnose ~400 KiB of generated code on every keystroke.
        // The references are read only when they change, never on a keystroke.
        var specSdk = documentSet.Combine(refinements).Combine(options.Select(static (o, _) => (o.Namespace, o.Accessibility)))
            .Select(static (pair, ct) => SpecSdk.Build(pair.Left.Left, pair.Left.Right, pair.Right.Namespace, pair.Right.Accessibility, ct))
            .WithTrackingName(TrackingNames.SpecSdk);
        var precompiled = context.MetadataReferencesProvider
            .Select(static (reference, _) => PrecompiledSdk.Read(reference))
            .Where(static sdk => sdk is not null)
            .Collect()
            .Select(static (found, _) => found.IsEmpty ? PrecompiledSdk.None : found[0]!)
            .WithTrackingName(TrackingNames.PrecompiledSdk);
        var buildsPrecompiled = context.AnalyzerConfigOptionsProvider.Select(static (provider, _) => InputClassifier.BuildsPrecompiledSdk(provider));

        context.RegisterSourceOutput(specSdk.Combine(precompiled).Combine(buildsPrecompiled).Combine(options),
            static (spc, pair) => EmitSdk(spc, pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right.Namespace));
        context.RegisterSourceOutput(policySet.Combine(documentSet.Select(static (set, _) => set.Sids.Any(s => s.Name == "PolicySid"))).Combine(refinements).Combine(options).Combine(buildsPrecompiled),
            static (spc, pair) =>
            {
                if (!pair.Right) EmitPolicies(spc, pair.Left.Left.Left.Left, pair.Left.Left.Left.Right, pair.Left.Left.Right, pair.Left.Right.Namespace, pair.Left.Right.Accessibility);
            });

        // Pipelines need only a few facts from the documents (typed SIDs, type names), so most spec edits leave them cached.
        var pipelineSet = policySet.Combine(documentSet.Select(static (set, _) => PipelineSetBuilder.Facts(set)))
            .Select(static (pair, _) => PipelineSetBuilder.Build(pair.Left.Policies, pair.Right))
            .WithTrackingName(TrackingNames.PipelineSet);
        context.RegisterSourceOutput(pipelineSet.Combine(options).Combine(buildsPrecompiled), static (spc, pair) =>
        {
            if (!pair.Right) PipelineOutput.Emit(spc, pair.Left.Left, pair.Left.Right.Namespace, pair.Left.Right.Accessibility);
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

    private static void EmitSdk(SourceProductionContext context, SpecSdk sdk, PrecompiledSdk precompiled, bool buildsPrecompiled, string ns)
    {
        if (!buildsPrecompiled && precompiled.Namespace == ns)
        {
            // The referenced types are these very types: emitting them again would be CS0436 on every use.
            if (precompiled.Fingerprint != sdk.Fingerprint)
                context.ReportDiagnostic(InputDescriptors.ToDiagnostic(InputDiagnostic.Create(InputDiagnosticIds.PrecompiledSdkMismatch, string.Empty, 0, 0, PrecompiledSdk.AssemblyName, ns)));
            return;
        }
        foreach (var file in sdk.Files) context.AddSource(file.HintName, file.Text);
        if (buildsPrecompiled) context.AddSource("PrecompiledSdk.g.cs", PrecompiledSdk.MarkerSource(sdk, ns));
    }

    private static void EmitPolicies(SourceProductionContext context, PolicySet set, bool hasPolicySid, SdkRefinements refinements, string ns, string access)
    {
        if (set.Policies.IsEmpty) return;
        // Each policy's typed Sid is of its kind's policy SID type where the SDK has one (PolicyCatalog.Cnam.Sid is a TrustProductPolicySid).
        var kindTypes = refinements.PolicySids.ToDictionary(p => p.Kind, p => p.TypeName);
        context.AddSource("PolicyCatalog.g.cs", PolicyCatalogEmitter.Emit(ns, access, set.Policies, hasPolicySid, kind => kindTypes.TryGetValue(SdkRefinementBuilder.KindName(kind), out var type) ? type : null));
    }
}
