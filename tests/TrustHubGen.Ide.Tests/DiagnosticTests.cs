using TrustHubGen.Ide.Tests.Session;
using TrustHubGen.Testing.Lsp;

namespace TrustHubGen.Ide.Tests;

/// <summary>
/// A user types one of the classic mistakes: the server publishes the TH diagnostic on it, with the rule's message and
/// help link; the user puts it right and the diagnostic goes away. Each test leaves its file as it found it.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class DiagnosticTests(EditingSession session)
{
    private CsharpLsSession Server => session.Server;

    [Fact]
    public Task Phone_number_with_an_underscore_is_TH1003_on_Twilios_library() =>
        TypeMistakeThenFixAsync("TwilioCalls.cs", "TH1003",
            right: "Create(ProductSid, \"phone-number\", NumberSid)", wrong: "Create(ProductSid, \"phone_number\", NumberSid)", flagged: "\"phone_number\"");

    [Fact]
    public Task A_16_character_display_name_is_TH1007_on_the_generated_value_type() =>
        TypeMistakeThenFixAsync("SdkCalls.cs", "TH1007",
            right: "CnamDisplayName.Parse(\"Acme Widgets\")", wrong: "CnamDisplayName.Parse(\"Acme Widgets Inc\")", flagged: "\"Acme Widgets Inc\"");

    [Fact]
    public Task A_placeholder_SID_is_TH1005_on_the_generated_SID_type() =>
        TypeMistakeThenFixAsync("SdkCalls.cs", "TH1005",
            right: "PhoneNumberSid.Parse(\"PN4a5b6c7d8e9f00112233445566778899\")", wrong: "PhoneNumberSid.Parse(\"YOUR_PHONE_NUMBER_SID\")", flagged: "\"YOUR_PHONE_NUMBER_SID\"");

    [Fact]
    public Task A_customer_profile_policy_on_a_trust_product_is_TH1002_on_Twilios_library() =>
        TypeMistakeThenFixAsync("TwilioCalls.cs", "TH1002",
            // The Primary Business Profile policy (a customer-profile policy) where CNAM's trust-product policy belongs.
            right: "\"RNf3db3cd1fe25fcfd3c3ded065c8fea53\");", wrong: "\"RN6433641899984f951173ef1738c3bdd0\");", flagged: "\"RN6433641899984f951173ef1738c3bdd0\"");

    [Fact]
    public Task Editorconfig_severity_applies_in_the_editor()
    {
        // Consumer/.editorconfig raises TH1011 (a warning by default) to an error; the server publishes it as one.
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Rules.Descriptor("TH1011").DefaultSeverity);
        return TypeMistakeThenFixAsync("TwilioCalls.cs", "TH1011",
            right: "Environment.GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\")", wrong: "\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"", flagged: "\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"",
            severity: 1, messageNamesValue: false); // a secret is not repeated in the message
    }

    private async Task TypeMistakeThenFixAsync(string file, string id, string right, string wrong, string flagged, int? severity = null, bool messageNamesValue = true)
    {
        var opened = await Server.OpenAsync(file);
        var clean = await Server.WaitForDiagnosticsAsync(file, opened, _ => true, ServerSession.DiagnosticsTimeout);
        Assert.DoesNotContain(clean, d => d.Code is not null && d.Code.StartsWith("TH", StringComparison.Ordinal));

        var typed = await Server.ReplaceAsync(file, right, wrong);
        var text = Server.TextOf(file);
        var published = await Server.WaitForDiagnosticsAsync(file, typed, ds => ds.Any(d => d.Code == id), ServerSession.DiagnosticsTimeout);
        var diagnostic = Assert.Single(published, d => d.Code == id);
        Assert.Equal(flagged, diagnostic.Range.Of(text));
        Rules.AssertIsRule(diagnostic, id, messageNamesValue ? flagged.Trim('"') : null);
        Assert.Equal(severity ?? Rules.LspSeverity(Rules.Descriptor(id).DefaultSeverity), diagnostic.Severity);

        var fixedAt = await Server.ReplaceAsync(file, wrong, right);
        var after = await Server.WaitForDiagnosticsAsync(file, fixedAt, ds => ds.All(d => d.Code != id), ServerSession.DiagnosticsTimeout);
        Assert.DoesNotContain(after, d => d.Code is not null && d.Code.StartsWith("TH", StringComparison.Ordinal));
    }
}
