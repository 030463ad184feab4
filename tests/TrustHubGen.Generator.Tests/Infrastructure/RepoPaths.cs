namespace TrustHubGen.Generator.Tests.Infrastructure;

/// <summary>Finds the repository by walking up to TrustHubGen.sln, so tests read the restored specs and policies.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string TrustHubSpec => Path.Combine(Root, "specs", ".official", "twilio_trusthub_v1.json");

    public static string Api2010Spec => Path.Combine(Root, "specs", ".official", "twilio_api_v2010.json");

    public static string PolicyDir => Path.Combine(Root, "specs", "policies");

    public static string BaselineDir => Path.Combine(Root, "tests", "TrustHubGen.Generator.Tests", "Baselines");

    public static IEnumerable<string> PolicyFiles =>
        Directory.GetFiles(PolicyDir, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrustHubGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("TrustHubGen.sln not found above " + AppContext.BaseDirectory);
    }
}
