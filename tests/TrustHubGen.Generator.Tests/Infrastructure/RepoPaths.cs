namespace TrustHubGen.Generator.Tests.Infrastructure;

/// <summary>The generator tests' inputs and baselines, under the repository root the shared test infrastructure finds.</summary>
internal static class RepoPaths
{
    public static string Root => TrustHubGen.Testing.RepoPaths.Root;

    public static string TrustHubSpec => TrustHubGen.Testing.RepoPaths.TrustHubSpec;

    public static string Api2010Spec => TrustHubGen.Testing.RepoPaths.Api2010Spec;

    public static string PolicyDir => Path.Combine(Root, "specs", "policies");

    public static string BaselineDir => Path.Combine(Root, "tests", "TrustHubGen.Generator.Tests", "Baselines");

    public static IEnumerable<string> PolicyFiles =>
        Directory.GetFiles(PolicyDir, "*.json").Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
