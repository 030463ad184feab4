namespace TrustHubGen.Emulator.State.Storage;

/// <summary>Where a file the user names really is, so a write replaces that file and a symbolic link to it stays a link.</summary>
internal static class LinkTargets
{
    /// <summary>
    /// The file a chain of symbolic links ends at (the path itself when it is no link), whether or not that file exists
    /// yet. Followed by hand: the runtime's resolver throws for a link whose file does not exist yet (a first write). 40
    /// hops, as Linux allows, so a loop of links ends. A link the kernel makes for an open pipe or socket
    /// (<c>/dev/stdout</c> → <c>/proc/self/fd/1</c> → <c>pipe:[N]</c>) names no path: the chain stops at that link, which
    /// opens the pipe itself.
    /// </summary>
    public static string FinalTarget(string path)
    {
        for (var hops = 0; hops < 40 && new FileInfo(path).LinkTarget is { } target && !IsKernelObjectName(target); hops++)
        {
            path = Path.GetFullPath(target, Path.GetDirectoryName(path)!);
        }

        return path;
    }

    /// <summary>The text of a <c>/proc/…/fd</c> link to an object without a path: <c>pipe:[N]</c>, <c>socket:[N]</c>, <c>anon_inode:…</c>.</summary>
    private static bool IsKernelObjectName(string target) =>
        target.StartsWith("pipe:[", StringComparison.Ordinal) || target.StartsWith("socket:[", StringComparison.Ordinal)
        || target.StartsWith("anon_inode:", StringComparison.Ordinal);
}
