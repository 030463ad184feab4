namespace TrustHubGen.Emulator.State.Storage;

/// <summary>Where a file the user names really is, so a write replaces that file and a symbolic link to it stays a link.</summary>
internal static class LinkTargets
{
    /// <summary>
    /// The file a chain of symbolic links ends at (the path itself when it is no link), whether or not that file exists
    /// yet. Followed by hand: the runtime's resolver throws for a link whose file does not exist yet (a first write). 40
    /// hops, as Linux allows, so a loop of links ends.
    /// </summary>
    public static string FinalTarget(string path)
    {
        for (var hops = 0; hops < 40 && new FileInfo(path).LinkTarget is { } target; hops++)
        {
            path = Path.GetFullPath(target, Path.GetDirectoryName(path)!);
        }

        return path;
    }
}
