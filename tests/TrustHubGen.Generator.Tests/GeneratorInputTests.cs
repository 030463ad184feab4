using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// Every value that reaches generated code is checked where it comes from (issue 14, "Generator inputs"): a hostile or
/// merely unusual input gets a located TH0xxx in its own file, never a compiler error inside generated code, a
/// diagnostic at (1,1) or a "please report this".
/// </summary>
public sealed class GeneratorInputTests
{
    private const string Policy = """
        {
          "sid": "RN0123456789abcdef0123456789abcdef",
          "name": "Branded",
          "friendlyName": "Branded Calling",
          "kind": "trust-product",
          "confidence": "medium",
          "source": "tests",
          "businessProfile": { "required": true, "acceptedPolicySids": [], "requiredStatus": "twilio-approved" },
          "endUsers": [ { "type": "branded_information", "min": 1, "max": 1, "attributes": [
            { "name": "display_name", "required": true, "maxLength": 32, "description": "The name shown." } ] } ],
          "channelEndpoints": { "type": "phone-number", "mustBeOnBusinessProfile": true, "allowedCountries": ["US"], "tollFreeAllowed": false, "allowedAfterSubmission": false },
          "submission": { "clientSettableStatuses": ["pending-review"], "evaluateBeforeSubmit": true }
        }
        """;

    private static (List<Diagnostic> Reported, List<Diagnostic> Compiled) Generate(params TestInput[] inputs)
    {
        var (_, result, output) = GeneratorHarness.Run(inputs);
        Assert.Null(result.Results.Single().Exception);
        var compiled = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return ([.. result.Diagnostics], compiled);
    }

    private static (int Line, int Column) At(string text, string token)
    {
        var index = text.IndexOf(token, StringComparison.Ordinal);
        var line = text[..index].Count(c => c == '\n');
        return (line, index - (text.LastIndexOf('\n', index - 1) + 1));
    }

    /// <summary>The position just after <paramref name="prefix"/>.</summary>
    private static (int Line, int Column) After(string text, string prefix)
    {
        var (line, column) = At(text, prefix);
        return (line, column + prefix.Length);
    }

    private static void AssertOne(List<Diagnostic> reported, string id, string path, (int Line, int Column) at, string fragment)
    {
        var diagnostic = Assert.Single(reported);
        Assert.Equal(id, diagnostic.Id);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal((path, at.Line, at.Column), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
        Assert.Contains(fragment, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_1_MB_policy_name_is_TH0120_at_the_name_not_CS7013_in_the_catalog()
    {
        var name = "B" + new string('x', 1_000_000);
        var text = Policy.Replace("\"Branded\"", "\"" + name + "\"", StringComparison.Ordinal);

        var (reported, compiled) = Generate(new TestInput("/policies/big.json", text, "Policy"));

        AssertOne(reported, "TH0120", "/policies/big.json", At(text, "\"Bxxx"), "has 1000001 characters; the format allows at most 64");
        Assert.Empty(compiled);
    }

    [Theory]
    [InlineData("\"friendlyName\": \"Branded Calling\"", "\"friendlyName\": \"Branded\\u0007Calling\"", "U+0007")]
    [InlineData("\"description\": \"The name shown.\"", "\"description\": \"The name\\u0000 shown.\"", "U+0000")]
    public void A_control_character_in_a_policy_text_is_TH0121_at_the_value(string old, string replacement, string fragment)
    {
        var text = Policy.Replace(old, replacement, StringComparison.Ordinal);

        var (reported, compiled) = Generate(new TestInput("/policies/p.json", text, "Policy"));

        AssertOne(reported, "TH0121", "/policies/p.json", At(text, replacement[(replacement.IndexOf(':') + 2)..]), fragment);
        Assert.Empty(compiled);
    }

    [Fact]
    public void Line_separators_and_line_breaks_in_texts_reach_literals_and_doc_comments_safely()
    {
        // C# ends a line at NEL, LS and PS: unescaped in a literal they are CS1010, in a /// comment they end the comment.
        var text = Policy
            .Replace("\"Branded Calling\"", "\"Branded\\u2028Calling\\u2029 <b>&amp;</b>\"", StringComparison.Ordinal)
            .Replace("\"The name shown.\"", "\"The name\\nshown.\\r\\nclass Evil {}\\u2028class Worse {}\"", StringComparison.Ordinal);

        var (reported, compiled) = Generate(new TestInput("/policies/p.json", text, "Policy"));

        Assert.Empty(reported);
        Assert.Empty(compiled);
    }

    [Fact]
    public void Two_end_user_types_making_one_class_name_are_TH0122_at_the_second()
    {
        var text = Policy.Replace(
            "\"endUsers\": [ {",
            "\"endUsers\": [ { \"type\": \"branded-information\", \"min\": 0, \"max\": 1 }, {",
            StringComparison.Ordinal);

        var (reported, compiled) = Generate(new TestInput("/policies/p.json", text, "Policy"));

        AssertOne(reported, "TH0122", "/policies/p.json", At(text, "\"branded_information\""), "makes the generated name BrandedInformation, as \"branded-information\" does");
        Assert.Empty(compiled);
    }

    [Fact]
    public void Wire_names_that_clash_with_catalog_members_get_a_suffix_and_compile()
    {
        var text = Policy
            .Replace("\"branded_information\"", "\"types\"", StringComparison.Ordinal)
            .Replace("{ \"name\": \"display_name\", \"required\": true, \"maxLength\": 32, \"description\": \"The name shown.\" }",
                "{ \"name\": \"type\", \"required\": true, \"maxLength\": 32 }, { \"name\": \"name\", \"required\": false }, { \"name\": \"types\", \"required\": false }",
                StringComparison.Ordinal);

        var (_, result, output) = GeneratorHarness.Run([new TestInput("/policies/p.json", text, "Policy")]);

        Assert.DoesNotContain(GeneratorHarness.Problems(result, output), d => d.Severity == DiagnosticSeverity.Error);
        var catalog = result.GeneratedTrees.Single(t => Path.GetFileName(t.FilePath).StartsWith("PolicyCatalogEntries.", StringComparison.Ordinal)).ToString();
        Assert.Contains("public static class TypesEndUser", catalog, StringComparison.Ordinal);
        Assert.Contains("public static class TypeAttribute", catalog, StringComparison.Ordinal);
        Assert.Contains("public static class NameAttribute", catalog, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Definition")]
    [InlineData("AllSids")]
    [InlineData("PolicyCatalog")]
    public void A_policy_name_the_catalog_uses_is_TH0123(string name)
    {
        var text = Policy.Replace("\"Branded\"", "\"" + name + "\"", StringComparison.Ordinal);

        var (reported, compiled) = Generate(new TestInput("/policies/p.json", text, "Policy"));

        AssertOne(reported, "TH0123", "/policies/p.json", At(text, "\"" + name + "\""), "which PolicyCatalog already uses");
        Assert.Empty(compiled);
    }

    [Fact]
    public void A_policy_too_large_for_generated_code_is_TH0124_at_its_largest_list()
    {
        var values = string.Join(", ", Enumerable.Range(0, 60_000).Select(i => $"\"Generic name {i:D7}\""));
        var text = Policy.Replace("\"description\": \"The name shown.\"", "\"disallowedValues\": [" + values + "]", StringComparison.Ordinal);

        var (reported, compiled) = Generate(new TestInput("/policies/p.json", text, "Policy"));

        AssertOne(reported, "TH0124", "/policies/p.json", At(text, "[\"Generic name 0000000\""), "the largest list is \"disallowedValues\" in endUsers[0].attributes[0]");
        Assert.Empty(compiled);
    }

    [Fact]
    public void A_ref_alias_cycle_is_TH0005_at_a_ref_of_the_cycle()
    {
        var text = DiagnosticsTestsMinimal.Replace(
            "\"mini.v1.widget\": { \"type\": \"object\"",
            "\"mini.v1.widget\": { \"$ref\": \"#/components/schemas/mini.v1.alias\" },\n      \"mini.v1.alias\": { \"$ref\": \"#/components/schemas/mini.v1.widget\" },\n      \"mini.v1.unused\": { \"type\": \"object\"",
            StringComparison.Ordinal);

        var (reported, compiled) = Generate(new TestInput("/specs/cycle.json", text, "OpenApi"));

        // The ring is walked from its first schema by name, so the report is the same whatever the document's order.
        AssertOne(reported, "TH0005", "/specs/cycle.json", After(text, "\"mini.v1.widget\": { "),
            "mini.v1.alias → mini.v1.widget → mini.v1.alias");
        Assert.Empty(compiled);
    }

    [Fact]
    public void A_self_referencing_alias_is_TH0005_too()
    {
        var text = DiagnosticsTestsMinimal.Replace(
            "\"mini.v1.widget\": { \"type\": \"object\"",
            "\"mini.v1.widget\": { \"$ref\": \"#/components/schemas/mini.v1.widget\" },\n      \"mini.v1.unused\": { \"type\": \"object\"",
            StringComparison.Ordinal);

        var (reported, _) = Generate(new TestInput("/specs/self.json", text, "OpenApi"));

        AssertOne(reported, "TH0005", "/specs/self.json", After(text, "\"mini.v1.widget\": { "), "mini.v1.widget → mini.v1.widget");
    }

    [Fact]
    public void Malformed_json_on_a_non_ascii_line_gets_the_character_column_not_the_byte_offset()
    {
        // "Café ☕ widgets" takes 4 more bytes than characters before the error; TH0002 used to report the byte offset.
        var text = DiagnosticsTestsMinimal.Replace("\"title\": \"Mini\",", "\"title\": \"Café ☕ widgets\" \"x\",", StringComparison.Ordinal);

        var (reported, _) = Generate(new TestInput("/specs/accents.json", text, "OpenApi"));

        AssertOne(reported, "TH0002", "/specs/accents.json", At(text, "\"x\","), "accents.json is not valid JSON");
    }

    [Fact]
    public void Spec_texts_with_line_separators_reach_literals_and_doc_comments_safely()
    {
        var text = DiagnosticsTestsMinimal
            .Replace("\"nullable\": true }", "\"nullable\": true, \"description\": \"The SID\\u2028class Evil {}\\u0085\\u0001 <b>\" }", StringComparison.Ordinal)
            .Replace("\"operationId\": \"FetchWidget\",", "\"operationId\": \"FetchWidget\", \"summary\": \"Fetch\\u2029#error nope\",", StringComparison.Ordinal);

        var (reported, compiled) = Generate(new TestInput("/specs/mini_widgets.json", text, "OpenApi"));

        Assert.Empty(reported);
        Assert.Empty(compiled);
    }

    private static string DiagnosticsTestsMinimal => """
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
}
