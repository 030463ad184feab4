using System.Runtime.CompilerServices;

namespace TrustHubGen.Policies.Tests;

/// <summary>Finds the repository's folders from this source file, so tests read the real specs/policies.</summary>
internal static class TestPaths
{
    public static string PoliciesDir => Path.Combine(RepoRoot(), "specs", "policies");

    private static string RepoRoot([CallerFilePath] string thisFile = "")
    {
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
    }
}
