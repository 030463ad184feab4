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

        // Some deletes have no sibling that names their resource: those are skipped with a warning, nothing worse.
        Assert.All(result.Diagnostics, d => Assert.Equal("TH0012", d.Id));
        var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(20).ToList();
        Assert.True(errors.Count == 0, GeneratorHarness.Format(errors));
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains("public sealed class CallsClient", StringComparison.Ordinal));
    }
}
