using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Policies.Snapshots;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>Turns snapshot <see cref="DiagnosticInfo"/>s (TH02xx) into compiler diagnostics with their own titles and help links.</summary>
internal static class SnapshotDiagnostics
{
    public static Diagnostic ToDiagnostic(DiagnosticInfo info)
    {
        var location = info.Path.Length == 0
            ? Location.None
            : Location.Create(info.Path, default, new LinePositionSpan(new LinePosition(info.Line, info.Column), new LinePosition(info.Line, info.Column)));
        // TH0219 is a notice about a documented limit, not a problem in the file: info, so it never fails a build.
        var severity = info.IsError ? DiagnosticSeverity.Error : info.Id == SnapshotDiagnosticIds.HandlesNotGenerated ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
        return Diagnostic.Create(info.Id, DiagnosticDescriptors.Category, info.Message, severity, severity, isEnabledByDefault: true,
            warningLevel: severity == DiagnosticSeverity.Error ? 0 : 1, title: Title(info.Id), helpLink: HelpLinks.For(info.Id), location: location);
    }

    public static string Title(string id) => id switch
    {
        SnapshotDiagnosticIds.EmptyFile => "Account snapshot is empty",
        SnapshotDiagnosticIds.MalformedJson => "Account snapshot is not valid JSON",
        SnapshotDiagnosticIds.WrongType => "Account snapshot value has the wrong type",
        SnapshotDiagnosticIds.MissingProperty => "Account snapshot property is missing",
        SnapshotDiagnosticIds.UnknownProperty => "Account snapshot property is not known",
        SnapshotDiagnosticIds.UnsupportedVersion => "Account snapshot version is not supported",
        SnapshotDiagnosticIds.InvalidSid => "Account snapshot SID is invalid",
        SnapshotDiagnosticIds.InvalidValue => "Account snapshot value is invalid",
        SnapshotDiagnosticIds.DuplicateProperty => "Account snapshot property appears twice",
        SnapshotDiagnosticIds.DuplicateEntry => "Account snapshot entry appears twice",
        SnapshotDiagnosticIds.UnknownNumber => "Account snapshot lists a number it does not hold",
        SnapshotDiagnosticIds.NestingTooDeep => "Account snapshot nests too deep",
        SnapshotDiagnosticIds.TooManyProblems => "Account snapshot has too many problems",
        SnapshotDiagnosticIds.StaleSnapshot => "Account snapshot is stale",
        SnapshotDiagnosticIds.InconsistentNumber => "Account snapshot number type or country contradicts the number",
        SnapshotDiagnosticIds.InvalidSetting => "Account snapshot setting is invalid",
        SnapshotDiagnosticIds.MoreThanOneSnapshot => "More than one account snapshot",
        SnapshotDiagnosticIds.SnapshotFileMissing => "Account snapshot file is missing",
        SnapshotDiagnosticIds.HandlesNotGenerated => "Account snapshot too large for per-item handles",
        _ => "Account snapshot problem",
    };
}
