using TrustHubGen.Testing;

namespace TrustHubGen.Ide.Tests.Session;

/// <summary>The package packed once for the whole test run (every session's consumer restores the same build), removed at exit.</summary>
public static class SharedPackage
{
    private static readonly Lazy<Task<PackedPackage>> Package = new(async () =>
    {
        // For iterating on these tests only: TRUSTHUBGEN_IDE_PACKAGE=<feed folder>|<version> reuses an earlier pack.
        if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_IDE_PACKAGE") is { Length: > 0 } reuse && reuse.Split('|') is [var feed, var version])
            return PackedPackage.Existing(feed, version);
        var package = await PackedPackage.PackAsync("ide");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => package.Delete();
        return package;
    });

    public static Task<PackedPackage> GetAsync() => Package.Value;
}
