using System.Text.Json.Nodes;
using TrustHubGen.Testing.Lsp;

namespace TrustHubGen.Ide.Tests.Session;

/// <summary>
/// A fresh consumer project opened in csharp-ls, shared by the tests of one collection (starting a server and loading
/// the project is the slow part). Settings as a user who wants our diagnostics sets them: analyzers on (csharp-ls runs
/// none by default), and <c>csharp:/</c> URIs for source-generated files (else go-to-definition cannot reach them).
/// </summary>
public abstract class ServerSession(string name) : IAsyncLifetime
{
    /// <summary>Generous bounds for a shared 2-core machine; they end a hung wait, they measure nothing.</summary>
    public static readonly TimeSpan LoadTimeout = TimeSpan.FromMinutes(6);
    public static readonly TimeSpan DiagnosticsTimeout = TimeSpan.FromMinutes(3);

    public static JsonObject Settings => new() { ["analyzersEnabled"] = true, ["useMetadataUris"] = true, ["logLevel"] = "info" };

    public CsharpLsSession Server { get; private set; } = null!;

    public ConsumerProject Project { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Project = await ConsumerProject.CreateAsync(await SharedPackage.GetAsync(), name);
        Server = await CsharpLsSession.StartAsync(Project.Directory, Settings, LoadTimeout);
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        Project?.Delete();
    }
}

/// <summary>The session the editing tests share: they type into files and put them back as they were.</summary>
public sealed class EditingSession() : ServerSession("editing");

[CollectionDefinition(Name)]
public sealed class EditingCollection : ICollectionFixture<EditingSession>
{
    public const string Name = "csharp-ls editing session";
}

/// <summary>A session of its own for changing AdditionalFiles and the project file: those make csharp-ls reload the project.</summary>
public sealed class ProjectInputsSession() : ServerSession("inputs");

[CollectionDefinition(Name)]
public sealed class ProjectInputsCollection : ICollectionFixture<ProjectInputsSession>
{
    public const string Name = "csharp-ls project inputs session";
}
