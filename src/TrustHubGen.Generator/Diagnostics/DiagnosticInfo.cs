using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TrustHubGen.Generator.Diagnostics;

/// <summary>
/// A diagnostic as value-equal data (a <see cref="Location"/> is not, and would pin the compilation), turned into a
/// <see cref="Diagnostic"/> only in the reporting output. Line and column are 0-based.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Message, string Path, int Line, int Column, bool IsError = true)
{
    public Diagnostic ToDiagnostic()
    {
        var location = Path.Length == 0
            ? Location.None
            : Location.Create(Path, default, new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(Line, Column)));
        var descriptor = DiagnosticDescriptors.Find(Id);
        if (descriptor is not null) return Diagnostic.Create(descriptor, location, Message);

        // Policy diagnostics (TH01xx) come from TrustHubGen.Policies with their own ids: reported 1:1.
        var severity = IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        return Diagnostic.Create(Id, DiagnosticDescriptors.Category, Message, severity, severity, isEnabledByDefault: true,
            warningLevel: IsError ? 0 : 1, title: "Invalid policy definition", helpLink: HelpLinks.For(Id), location: location);
    }
}
