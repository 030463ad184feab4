using System.Text.Json.Nodes;
using TrustHubGen.Ide.Tests.Session;
using TrustHubGen.Testing.Lsp;

namespace TrustHubGen.Ide.Tests;

/// <summary>
/// Code fixes as code actions. csharp-ls 0.28 does not offer code fixes from a project's analyzer packages: it builds its
/// fixers once from Roslyn's own Features assemblies, and feeds them the compiler's diagnostics only, never analyzer
/// diagnostics (docs/ide.md, "Code fixes"). These tests pin that down against the real server, so they fail the day a
/// csharp-ls version offers our fixes (then they become the proof that applying one gives the expected text); the fixes
/// themselves are proven in tests/TrustHubGen.Analyzers.Tests, and Visual Studio, C# Dev Kit and Rider host them.
/// </summary>
[Collection(EditingCollection.Name)]
public sealed class CodeActionTests(EditingSession session)
{
    private const string File = "TwilioCalls.cs";
    private CsharpLsSession Server => session.Server;

    [Fact]
    public async Task The_code_action_path_works_for_the_servers_own_fixes()
    {
        // The control: a compiler error with one of Roslyn's built-in fixes (add a using) is offered and applies.
        await Server.OpenAsync(File);
        var original = Server.TextOf(File);
        try
        {
            var typed = await Server.ReplaceAsync(File, "    public static void Init() =>", "    public static StringBuilder Log() => new();\n\n    public static void Init() =>");
            var published = await Server.WaitForDiagnosticsAsync(File, typed, ds => ds.Any(d => d.Code == "CS0246"), ServerSession.DiagnosticsTimeout);
            var missing = published.First(d => d.Code == "CS0246");
            var actions = await Server.CodeActionsAsync(File, missing.Range, [missing]);
            var addUsing = Assert.Single(actions, a => ((string)a["title"]!).Contains("using System.Text", StringComparison.Ordinal));
            var resolved = await Server.ResolveCodeActionAsync(addUsing);
            Assert.Contains("using System.Text;", Server.ApplyEdit(File, resolved["edit"]), StringComparison.Ordinal);
        }
        finally
        {
            await Server.ChangeAsync(File, original);
        }
    }

    [Fact]
    public Task TH1003_use_phone_number_is_not_offered_by_csharp_ls() =>
        AssertFixNotOfferedAsync("TH1003", "Create(ProductSid, \"phone-number\", NumberSid)", "Create(ProductSid, \"phone_number\", NumberSid)",
            ourTitle: "Use \"phone-number\"",
            isOurFix: fixedText => fixedText.Contains("Create(ProductSid, \"phone-number\", NumberSid)", StringComparison.Ordinal));

    [Fact]
    public Task TH1004_insert_the_profile_assignment_is_not_offered_by_csharp_ls() =>
        AssertFixNotOfferedAsync("TH1004",
            "TrustProductsChannelEndpointAssignmentResource.Create(ProductSid, \"phone-number\", \"PN4a5b6c7d8e9f00112233445566778899\");",
            // A number the method never put on the profile, and the account snapshot does not list on it either.
            "TrustProductsChannelEndpointAssignmentResource.Create(ProductSid, \"phone-number\", \"PN0a1b2c3d4e5f60718293a4b5c6d7e8f9\");",
            ourTitle: "Assign the number to the Business Profile first",
            isOurFix: fixedText => fixedText.Contains("CustomerProfilesChannelEndpointAssignmentResource.Create(ProfileSid, \"phone-number\", \"PN0a1b2c3d4e5f60718293a4b5c6d7e8f9\")", StringComparison.Ordinal));

    [Fact]
    public Task TH1011_read_from_the_environment_is_not_offered_by_csharp_ls() =>
        AssertFixNotOfferedAsync("TH1011", "Environment.GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\")", "\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\"",
            ourTitle: "Read the secret from TWILIO_AUTH_TOKEN",
            isOurFix: fixedText => fixedText.Contains("GetEnvironmentVariable(\"TWILIO_AUTH_TOKEN\") ?? throw", StringComparison.Ordinal));

    private async Task AssertFixNotOfferedAsync(string id, string right, string wrong, string ourTitle, Func<string, bool> isOurFix)
    {
        await Server.OpenAsync(File);
        var original = Server.TextOf(File);
        try
        {
            var typed = await Server.ReplaceAsync(File, right, wrong);
            var published = await Server.WaitForDiagnosticsAsync(File, typed, ds => ds.Any(d => d.Code == id), ServerSession.DiagnosticsTimeout);
            var diagnostic = published.First(d => d.Code == id);

            // What an editor asks when the user opens the light bulb on the squiggle: the actions for its range, with it in the context.
            var actions = await Server.CodeActionsAsync(File, diagnostic.Range, [diagnostic]);
            var offered = new List<string>();
            foreach (var action in actions)
            {
                var resolved = action["edit"] is null ? await Server.ResolveCodeActionAsync(action) : action;
                var title = (string)resolved["title"]!;
                offered.Add(title);
                Assert.False(title == ourTitle || isOurFix(Server.ApplyEdit(File, resolved["edit"])),
                    $"csharp-ls now offers TrustHubGen's {id} fix (\"{title}\"): turn this test into the proof that applying it gives the expected text, with Fix All, and update docs/ide.md.");
            }
            Assert.DoesNotContain(offered, t => t.Contains("Fix all", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            await Server.ChangeAsync(File, original);
        }
    }
}
