using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>The whole 2 MB API 2010 document (no selection) generates code that compiles without warnings: the builder copes with a large, varied spec.</summary>
public sealed class WholeApi2010Tests
{
    [Fact]
    public void WholeApi2010GeneratesAndCompiles()
    {
        var (_, result, output) = GeneratorHarness.Run([TestInput.OpenApi(RepoPaths.Api2010Spec, sidNames: "PN=PhoneNumberSid")]);

        // The one operation that returns no JSON schema (a payload's data, a redirect) is skipped with a warning.
        var skipped = Assert.Single(result.Diagnostics);
        Assert.Equal("TH0012", skipped.Id);
        Assert.Contains("'FetchRecordingAddOnResultPayloadData'", skipped.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20).ToList();
        Assert.True(errors.Count == 0, GeneratorHarness.Format(errors));
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains("public sealed class CallsClient", StringComparison.Ordinal));
    }
}
