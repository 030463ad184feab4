using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>Broken inputs give a diagnostic with the file, line and column; the generator never throws and generates what it can.</summary>
public sealed class DiagnosticsTests
{
    private const string Minimal = """
        {
          "openapi": "3.0.1",
          "info": { "title": "Mini", "version": "1" },
          "servers": [ { "url": "https://mini.twilio.com" } ],
          "paths": {
            "/v1/Widgets/{Sid}": {
              "get": {
                "operationId": "FetchWidget",
                "parameters": [ { "name": "Sid", "in": "path", "required": true, "schema": { "type": "string", "pattern": "^WG[0-9a-fA-F]{32}$" } } ],
                "responses": { "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/mini.v1.widget" } } } } }
              }
            }
          },
          "components": {
            "schemas": {
              "mini.v1.widget": { "type": "object", "properties": { "sid": { "type": "string", "pattern": "^WG[0-9a-fA-F]{32}$", "nullable": true } } }
            }
          }
        }
        """;

    private static List<Diagnostic> Run(params TestInput[] inputs)
    {
        var (_, result, output) = GeneratorHarness.Run(inputs);
        var run = result.Results.Single();
        Assert.Null(run.Exception);
        Assert.DoesNotContain(output.GetDiagnostics().Concat(result.Diagnostics), d => d.Id == "CS8785");
        return [.. result.Diagnostics];
    }

    private static void AssertAt(Diagnostic diagnostic, string id, string file, int line, int column, string messagePart)
    {
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(file, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains(messagePart, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal($"https://github.com/trusthubgen/trusthubgen/blob/main/docs/rules/inputs.md#{id.ToLowerInvariant()}", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void MinimalDocumentGeneratesWithoutDiagnostics()
    {
        var (_, result, output) = GeneratorHarness.Run([new TestInput("/specs/mini_widgets.json", Minimal, "OpenApi")]);

        Assert.Empty(GeneratorHarness.Problems(result, output));
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains("public readonly struct WidgetSid", StringComparison.Ordinal));
    }

    [Fact]
    public void TruncatedJson()
    {
        var text = Minimal.Substring(0, Minimal.IndexOf("\"components\"", StringComparison.Ordinal));

        var diagnostic = Assert.Single(Run(new TestInput("/specs/truncated.json", text, "OpenApi")));

        AssertAt(diagnostic, "TH0002", "/specs/truncated.json", 13, 2, "truncated.json is not valid JSON");
    }

    [Fact]
    public void EveryTruncationIsADiagnosticNeverACrash()
    {
        for (var length = 1; length < Minimal.Length; length += 13)
        {
            var (_, result, output) = GeneratorHarness.Run([new TestInput("/specs/cut.json", Minimal.Substring(0, length), "OpenApi")]);

            Assert.Null(result.Results.Single().Exception);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id is "CS8785" or "TH0016");
            Assert.Contains(result.Diagnostics, d => d.Id.StartsWith("TH000", StringComparison.Ordinal));
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }
    }

    [Fact]
    public void EmptyFile()
    {
        var diagnostic = Assert.Single(Run(new TestInput("/specs/empty.json", "  \n", "OpenApi")));

        AssertAt(diagnostic, "TH0001", "/specs/empty.json", 0, 0, "empty.json is empty");
    }

    [Fact]
    public void WrongTypeOfPaths()
    {
        var text = Minimal.Replace("\"paths\": {", "\"paths\": [], \"unused\": {", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Run(new TestInput("/specs/wrong.json", text, "OpenApi")));

        AssertAt(diagnostic, "TH0006", "/specs/wrong.json", 4, 2, "'paths' in wrong.json must be an object of path items");
    }

    [Fact]
    public void WrongTypeInSchemaIsLocatedByItsPointer()
    {
        var text = Minimal.Replace("\"type\": \"object\", \"properties\"", "\"type\": 7, \"properties\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Run(new TestInput("/specs/wrongtype.json", text, "OpenApi")));

        AssertAt(diagnostic, "TH0006", "/specs/wrongtype.json", 15, 26, "Invalid schema type identifier: 7");
    }

    [Fact]
    public void UnknownReference()
    {
        var text = Minimal.Replace("#/components/schemas/mini.v1.widget", "#/components/schemas/mini.v1.gadget", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Run(new TestInput("/specs/badref.json", text, "OpenApi")));

        AssertAt(diagnostic, "TH0005", "/specs/badref.json", 9, 100, "components/schemas has no 'mini.v1.gadget'");
    }

    [Fact]
    public void UnsupportedVersion()
    {
        var text = Minimal.Replace("\"openapi\": \"3.0.1\"", "\"openapi\": \"2.0\"", StringComparison.Ordinal);

        var diagnostic = Assert.Single(Run(new TestInput("/specs/old.json", text, "OpenApi")));

        AssertAt(diagnostic, "TH0004", "/specs/old.json", 1, 2, "old.json is OpenAPI 2.0; TrustHubGen reads OpenAPI 3.0.x and 3.1.x");
    }

    [Fact]
    public void TwentyMegabyteFile()
    {
        var text = "{\"openapi\": \"3.0.1\", \"padding\": \"" + new string('x', 20 * 1024 * 1024) + "\"}";

        var diagnostic = Assert.Single(Run(new TestInput("/specs/huge.json", text, "OpenApi")));

        AssertAt(diagnostic, "TH0003", "/specs/huge.json", 0, 0, "huge.json has 20 MB; the limit is 10 MB");
    }

    [Fact]
    public void UnknownSelectedOperationStillGeneratesTheOthers()
    {
        var (_, result, _) = GeneratorHarness.Run([new TestInput("/specs/mini_widgets.json", Minimal, "OpenApi", "FetchWidget;fetchWidgets;ListGadget")]);

        Assert.Collection(result.Diagnostics.OrderBy(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal),
            d => AssertAt(d, "TH0007", "/specs/mini_widgets.json", 0, 0, "selects 'ListGadget', but mini_widgets.json has no operation with that operationId"),
            d => AssertAt(d, "TH0007", "/specs/mini_widgets.json", 0, 0, "did you mean 'FetchWidget'?"));
        Assert.Contains(result.GeneratedTrees, t => t.ToString().Contains("FetchAsync(global::TrustHubGen.Sdk.WidgetSid sid", StringComparison.Ordinal));
    }

    [Fact]
    public void CollidingDocumentsReportTheSecondAndGenerateTheFirst()
    {
        var (_, result, output) = GeneratorHarness.Run([new TestInput("/specs/a/mini_widgets.json", Minimal, "OpenApi"), new TestInput("/specs/b/mini_widgets.json", Minimal, "OpenApi")]);

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertAt(diagnostic, "TH0009", "/specs/b/mini_widgets.json", 0, 0, "mini_widgets.json would generate 'MiniWidgetsClient'");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void CollidingPoliciesReportTheSecond()
    {
        var cnam = RepoPaths.PolicyFiles.Single(f => f.EndsWith("cnam.json", StringComparison.Ordinal));
        var text = File.ReadAllText(cnam);

        var diagnostic = Assert.Single(Run(new TestInput("/policies/a.json", text, "Policy"), new TestInput("/policies/b.json", text, "Policy")));

        AssertAt(diagnostic, "TH0010", "/policies/b.json", 0, 0, "b.json defines a policy with SID RNf3db3cd1fe25fcfd3c3ded065c8fea53, which a.json already defines");
    }

    [Fact]
    public void PolicyDiagnosticsAreReportedOneToOne()
    {
        var diagnostics = Run(new TestInput("/policies/broken.json", "{ \"sid\": \"RN1\",", "Policy"));

        var diagnostic = Assert.Single(diagnostics);
        Assert.StartsWith("TH01", diagnostic.Id, StringComparison.Ordinal);
        Assert.Equal("/policies/broken.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void InvalidNamespaceFallsBackToTheDefault()
    {
        var (_, result, _) = GeneratorHarness.Run([new TestInput("/specs/mini_widgets.json", Minimal, "OpenApi")], "Not A Namespace");

        Assert.Equal("TH0015", Assert.Single(result.Diagnostics).Id);
        Assert.All(result.GeneratedTrees.Where(t => !t.FilePath.EndsWith("GeneratedSdkMarker.g.cs", StringComparison.Ordinal)),
            t => Assert.Contains("namespace TrustHubGen.Sdk;", t.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownKindIsAWarningAndFilesWithoutKindAreIgnored()
    {
        var diagnostics = Run(new TestInput("/specs/x.json", "{}", "Swagger"), new TestInput("/other/readme.txt", "hello", ""));

        AssertAt(Assert.Single(diagnostics), "TH0014", "/specs/x.json", 0, 0, "TrustHubGenKind 'Swagger' on x.json is not known");
    }
}
