using System.Text.Json.Nodes;
using TrustHubGen.Ide.Tests.Session;
using TrustHubGen.Testing.Lsp;

namespace TrustHubGen.Ide.Tests;

/// <summary>
/// The generator's inputs are AdditionalFiles (policy files, the account snapshot). csharp-ls 0.28 reloads a project
/// when its project file changes, but never reads an AdditionalFiles item's new content by itself: it watches only
/// <c>**/*.{cs,cshtml,csproj,sln,slnx}</c> and its didChangeWatchedFiles handler ignores other files (docs/ide.md,
/// "Policy files and the snapshot"). A new policy comes with a project-file change, so it appears; an edited snapshot
/// is seen at the next reload.
/// </summary>
[Collection(ProjectInputsCollection.Name)]
public sealed class ProjectInputsTests(ProjectInputsSession session)
{
    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromMinutes(4);
    private CsharpLsSession Server => session.Server;

    [Fact]
    public async Task A_policy_file_added_to_the_project_brings_its_pipeline_into_completion()
    {
        Assert.DoesNotContain("BrandedCalling", await CompletionAfterAsync("PolicyCatalog."));

        // The user adds their policy file (README, "A policy file you add becomes a pipeline"); saving the project file
        // is a change the editor's watcher reports, and csharp-ls reloads the project.
        session.Project.AddPolicyItem("policies/branded-calling.json");
        await Server.FilesChangedOnDiskAsync("Consumer.csproj");

        await EventuallyAsync(async () => (await CompletionAfterAsync("PolicyCatalog.")).Contains("BrandedCalling"), "PolicyCatalog.BrandedCalling in completion");
        Assert.Equal(["WithEveryNumberOnProfile", "WithNumbers", "WithPhoneNumbers"],
            (await CompletionAfterAsync("BrandedCallingOnboarding.For(profile).")).Except(["Equals", "GetHashCode", "GetType", "ToString"]).Order(StringComparer.Ordinal));

        // The packaged policies' code stays precompiled beside it (TrustHubGen.Sdk.DefaultPolicies.dll; only the PolicyCatalog
        // container is generated with the project's policy set): completion through the generated container and on a
        // packaged pipeline, and go to definition on that pipeline lands in the assembly's decompiled source.
        Assert.Equal(["WithEveryNumberOnProfile", "WithNumbers", "WithPhoneNumbers"],
            (await CompletionAfterAsync("CnamOnboarding.For(profile).")).Except(["Equals", "GetHashCode", "GetType", "ToString"]).Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "Sid", "SidValue", "Definition", "OnboardingPolicy", "EndUsers" }, (await CompletionAfterAsync("PolicyCatalog.Cnam.")).ToHashSet());
        const string program = "Program.cs";
        await Server.OpenAsync(program);
        var (uri, _) = Assert.Single(await Server.DefinitionAsync(program, LspPosition.On(Server.TextOf(program), ".WithCnamInformation")));
        Assert.StartsWith("csharp:/", uri, StringComparison.Ordinal);
        var metadata = await Server.RequestAsync("csharp/metadata", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        Assert.Equal("TrustHubGen.Sdk.DefaultPolicies", (string?)metadata?["assemblyName"]);
        Assert.Contains("WithCnamInformation(", (string)metadata!["source"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_removed_from_the_snapshot_turns_its_use_into_an_error_when_the_project_reloads()
    {
        const string file = "AccountNumbers.cs";
        var opened = await Server.OpenAsync(file);
        Assert.DoesNotContain(await Server.WaitForDiagnosticsAsync(file, opened, _ => true, ServerSession.DiagnosticsTimeout), d => d.Severity == 1);

        // trusthub sync wrote a snapshot in which the support line is no longer on the profile.
        var snapshot = Server.PathOf("trusthub.snapshot.json");
        var document = JsonNode.Parse(File.ReadAllText(snapshot))!;
        var numbers = document["businessProfiles"]![0]!["numbers"]!.AsArray();
        numbers.Remove(numbers.Single(n => (string)n! == "PN9f8e7d6c5b4a33221100ffeeddccbbaa"));
        File.WriteAllText(snapshot, document.ToJsonString());

        // The server does not ask to watch it (an editor reports only what was registered)...
        var globs = Server.Registrations.Where(r => r.Method == "workspace/didChangeWatchedFiles")
            .SelectMany(r => r.Options!["watchers"]!.AsArray()).Select(w => w!["globPattern"]!.ToJsonString()).ToList();
        Assert.NotEmpty(globs);
        Assert.All(globs, glob => Assert.DoesNotContain("json", glob, StringComparison.Ordinal));
        // ...and a client that reports it anyway changes nothing: the generated handle is still there.
        var reported = Server.Mark();
        await Server.FilesChangedOnDiskAsync("trusthub.snapshot.json");
        var edited = await Server.ChangeAsync(file, Server.TextOf(file) + "\n");
        Assert.DoesNotContain(await Server.WaitForDiagnosticsAsync(file, Math.Max(reported, edited), _ => true, ServerSession.DiagnosticsTimeout), d => d.Code == "CS0117");

        // A project reload (the project file saved; restarting the server does the same) generates from the new snapshot.
        File.SetLastWriteTimeUtc(session.Project.ProjectFile, DateTime.UtcNow);
        await Server.FilesChangedOnDiskAsync("Consumer.csproj");
        await EventuallyAsync(async () =>
        {
            var mark = await Server.OpenAsync(file);
            var published = await Server.WaitForDiagnosticsAsync(file, mark, _ => true, ServerSession.DiagnosticsTimeout);
            return published.Any(d => d.Code == "CS0117" && d.Message.Contains("SupportLine", StringComparison.Ordinal));
        }, "CS0117 on Numbers.SupportLine after the reload");
    }

    /// <summary>Types <paramref name="prefix"/> on a new line of Program.cs and returns the completion labels after it.</summary>
    private async Task<List<string>> CompletionAfterAsync(string prefix)
    {
        const string file = "Program.cs";
        await Server.OpenAsync(file);
        await Server.ReplaceAsync(file, "// NEXT STEP", "var next = " + prefix);
        try
        {
            var items = await Server.CompletionAsync(file, LspPosition.After(Server.TextOf(file), "var next = " + prefix));
            return [.. items.Select(i => (string)i["label"]!).Distinct()];
        }
        finally
        {
            await Server.ReplaceAsync(file, "var next = " + prefix, "// NEXT STEP");
        }
    }

    /// <summary>Retries <paramref name="check"/> until it holds, within a generous bound (the reload waits 5 s for quiet, then loads).</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> check, string what)
    {
        var deadline = DateTime.UtcNow + ReloadTimeout;
        while (!await CheckAsync())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not seen within {ReloadTimeout.TotalMinutes} minutes: {what}.");
            await Task.Delay(TimeSpan.FromSeconds(3));
        }

        async Task<bool> CheckAsync()
        {
            try
            {
                return await check();
            }
            catch (LspErrorException e) when (e.Code == -32800)
            {
                return false; // the reload cancelled a request in flight: ask again
            }
        }
    }
}
