namespace TrustHubGen.Testing;

/// <summary>Where things are in the repository, found from the test assembly's location.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string OfficialSpec(string fileName) => Path.Combine(Root, "specs", ".official", fileName);

    public static string TrustHubSpec => OfficialSpec("twilio_trusthub_v1.json");

    public static string Api2010Spec => OfficialSpec("twilio_api_v2010.json");

    public static string NodeModules => Path.Combine(Root, "eng", "node", "node_modules");

    public static string PrismBinary => Path.Combine(NodeModules, ".bin", OperatingSystem.IsWindows() ? "prism.cmd" : "prism");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrustHubGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"TrustHubGen.sln not found above {AppContext.BaseDirectory}.");
    }
}
