namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>Paths in the repository, found by walking up to TrustHubGen.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeModules => Path.Combine(Root, "eng", "node", "node_modules");

    public static string PrismBinary => Path.Combine(NodeModules, ".bin", "prism");

    public static string TrustHubSpec => Path.Combine(Root, "specs", ".official", "twilio_trusthub_v1.json");

    public static string Api2010Spec => Path.Combine(Root, "specs", ".official", "twilio_api_v2010.json");

    public static string NodeScripts => Path.Combine(Root, "tests", "TrustHubGen.Emulator.Tests", "node");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrustHubGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"TrustHubGen.sln not found above {AppContext.BaseDirectory}.");
    }
}
