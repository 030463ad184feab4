namespace TrustHubGen.Package.Tests;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrustHubGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"TrustHubGen.sln not found above {AppContext.BaseDirectory}.");
    }
}
