using TrustHubGen.Testing;

namespace TrustHubGen.Ide.Tests.Session;

/// <summary>
/// A fresh user project in a temporary folder, written from <c>Consumer/</c>: it references only the packed TrustHubGen
/// package (plus Twilio's own library) and is restored, as it would be after a clone, before a language server opens it.
/// </summary>
public sealed class ConsumerProject
{
    private const string PoliciesMarker = "<!--POLICIES-->";

    private ConsumerProject(string directory) => Directory = directory;

    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, "Consumer.csproj");

    public static async Task<ConsumerProject> CreateAsync(PackedPackage package, string name)
    {
        var directory = System.IO.Directory.CreateTempSubdirectory($"trusthubgen-ide-{name}-").FullName;
        var source = Path.Combine(AppContext.BaseDirectory, "Consumer");
        foreach (var file in System.IO.Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(directory, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var text = File.ReadAllText(file)
                .Replace("$(TrustHubGenTestVersion)", package.Version, StringComparison.Ordinal)
                .Replace("$(CAPTURED_AT)", $"{DateTime.UtcNow:yyyy-MM-dd}T00:00:00Z", StringComparison.Ordinal);
            File.WriteAllText(target.EndsWith(".template", StringComparison.Ordinal) ? target[..^".template".Length] : target, text);
        }
        File.WriteAllText(Path.Combine(directory, "nuget.config"), package.NuGetConfig);
        var project = new ConsumerProject(directory);
        (await ProcessRunner.RunAsync("dotnet", ["restore", project.ProjectFile, "--nologo"], directory, TimeSpan.FromMinutes(5)))
            .EnsureSuccess("restoring the fresh consumer project");
        return project;
    }

    /// <summary>Adds <c>&lt;AdditionalFiles Include="…" TrustHubGenKind="Policy" /&gt;</c> to the project file, as a user does for their own policy.</summary>
    public void AddPolicyItem(string relativePath)
    {
        var text = File.ReadAllText(ProjectFile);
        File.WriteAllText(ProjectFile, text.Replace(PoliciesMarker,
            $"<ItemGroup><AdditionalFiles Include=\"{relativePath}\" TrustHubGenKind=\"Policy\" /></ItemGroup>\n  {PoliciesMarker}", StringComparison.Ordinal));
    }

    public void Delete()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A server that has just exited may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
    }
}
