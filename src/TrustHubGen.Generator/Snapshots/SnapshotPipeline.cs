using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Emit.Snapshots;
using TrustHubGen.Generator.Model;
using TrustHubGen.Policies;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>
/// The account-snapshot steps: each file marked <c>TrustHubGenKind=Snapshot</c> is read on its own, the first by path
/// becomes the <c>TrustHubAccount</c> handles, and its age is checked against the date MSBuild passes in.
/// </summary>
internal static class SnapshotPipeline
{
    public const string Kind = "Snapshot";

    public static bool IsSnapshot(InputFile file) => string.Equals(file.RawKind, Kind, StringComparison.OrdinalIgnoreCase);

    /// <summary>Registers the reading and the TH02xx reports; returns the handles, which <see cref="RegisterHandles"/> emits.</summary>
    public static IncrementalValueProvider<AccountHandles?> Register(
        IncrementalGeneratorInitializationContext context,
        IncrementalValuesProvider<InputFile> files,
        IncrementalValueProvider<ApiDocumentSet> documentSet)
    {
        var snapshots = files
            .Where(static file => IsSnapshot(file))
            .Select(static (file, ct) => Read(file, ct))
            .WithTrackingName(SnapshotTrackingNames.SnapshotFiles);

        var settings = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => SnapshotSettingsReader.Read(provider))
            .WithTrackingName(SnapshotTrackingNames.SnapshotSettings);

        var set = snapshots.Collect()
            .Select(static (results, _) => Choose(results))
            .WithTrackingName(SnapshotTrackingNames.SnapshotSet);

        // Only three facts from the OpenAPI documents matter here, so a spec edit leaves the handles cached.
        var sidTypes = documentSet.Select(static (documents, _) => new SnapshotSidTypes(
            documents.Sids.Any(s => s.Name == "CustomerProfileSid"),
            documents.Sids.Any(s => s.Name == "TrustProductSid"),
            documents.Sids.Any(s => s.Name == "PhoneNumberSid")));

        // Only the limit from the settings, so a new day (the date is a setting too) leaves the handles cached.
        var handleLimit = settings.Select(static (s, _) => s.HandleLimit);

        var handles = set.Combine(sidTypes).Combine(handleLimit)
            .Select(static (pair, _) => AccountHandleBuilder.Build(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(SnapshotTrackingNames.SnapshotHandles);

        var limitNotice = set.Combine(handleLimit)
            .Select(static (pair, _) => SnapshotHandleLimit.Check(pair.Left, pair.Right))
            .WithTrackingName(SnapshotTrackingNames.SnapshotHandleLimit);

        var staleness = snapshots.Combine(settings)
            .Select(static (pair, _) => SnapshotStaleness.Check(pair.Left, pair.Right))
            .WithTrackingName(SnapshotTrackingNames.SnapshotStaleness);

        context.RegisterSourceOutput(snapshots, static (spc, result) => Report(spc, result.Diagnostics));
        context.RegisterSourceOutput(set, static (spc, chosen) => Report(spc, chosen.Diagnostics));
        context.RegisterSourceOutput(settings, static (spc, s) => Report(spc, s.Diagnostics));
        context.RegisterSourceOutput(staleness, static (spc, diagnostics) => Report(spc, diagnostics));
        context.RegisterSourceOutput(limitNotice, static (spc, diagnostics) => Report(spc, diagnostics));
        return handles;
    }

    /// <summary>What the handles ask of the compilation: whether they are emitted here, and whether they name the SDK's SID types.</summary>
    public static (bool Emits, bool NamesSpecTypes) Need(AccountHandles? handles, AccountHandlesMarker? conflict) =>
        (handles is not null && conflict is null, handles is { SidTypes: var t } && (t.CustomerProfileSid || t.TrustProductSid || t.PhoneNumberSid));

    /// <summary>
    /// Emits <c>TrustHubAccount.g.cs</c> when there are handles, no reference has public ones in the same namespace (TH0023
    /// otherwise) and the project's C# compiles them (<see cref="Language.LanguageGate"/>).
    /// </summary>
    public static void RegisterHandles(
        IncrementalGeneratorInitializationContext context,
        IncrementalValueProvider<AccountHandles?> handles,
        IncrementalValueProvider<AccountHandlesMarker?> conflict,
        IncrementalValueProvider<GeneratorOptions> options,
        IncrementalValueProvider<bool> allowed)
    {
        context.RegisterSourceOutput(handles.Combine(conflict).Combine(options).Combine(allowed), static (spc, pair) =>
        {
            var ((account, referenced), options) = pair.Left;
            if (account is null) return;
            if (referenced is not null)
                spc.ReportDiagnostic(InputDescriptors.ToDiagnostic(InputDiagnostic.Create(InputDiagnosticIds.ReferencedAccountHandlesConflict, string.Empty, 0, 0,
                    referenced.AssemblyName, referenced.Namespace, account.FileName)));
            else if (pair.Right)
                spc.AddSource(AccountHandlesEmitter.HintName, AccountHandlesEmitter.Emit(options.Namespace, options.Accessibility, account));
        });
    }

    /// <summary>
    /// Reads through <see cref="SharedSnapshotReader"/>: the analyzers (KnownSnapshot) get the same text object from the
    /// compiler and so the same read, never a second one.
    /// </summary>
    private static SnapshotFileResult Read(InputFile file, CancellationToken ct)
    {
        var path = file.File.Path;
        var text = file.File.GetText(ct);
        var result = text is null
            ? AccountSnapshotReader.Read(path, string.Empty)
            : SharedSnapshotReader.Read(path, text, text.Length, text.CopyTo, () => text.GetChecksum());
        return new SnapshotFileResult(path, result.Snapshot, result.CapturedAtLine, result.CapturedAtColumn, result.Diagnostics);
    }

    /// <summary>One snapshot per project: the first by path (ordinal, so MSBuild's item order does not matter); the others are errors.</summary>
    private static SnapshotSet Choose(ImmutableArray<SnapshotFileResult> results)
    {
        if (results.IsEmpty) return new SnapshotSet(null, null, EquatableArray<InputDiagnostic>.Empty);
        var sorted = results.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
        var chosen = sorted[0];
        var others = sorted.Skip(1).Select(r => InputDiagnostic.Create(InputDiagnosticIds.SnapshotMoreThanOne, r.Path, 0, 0, System.IO.Path.GetFileName(chosen.Path)));
        return new SnapshotSet(chosen.Path, chosen.Snapshot, new EquatableArray<InputDiagnostic>(others));
    }

    private static void Report(SourceProductionContext context, EquatableArray<InputDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) context.ReportDiagnostic(InputDescriptors.ToDiagnostic(diagnostic));
    }
}
