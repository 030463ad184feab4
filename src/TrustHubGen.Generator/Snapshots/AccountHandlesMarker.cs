using System.Collections.Generic;

namespace TrustHubGen.Generator.Snapshots;

/// <summary>
/// The mark of an assembly with public <c>TrustHubAccount</c> handles (a library with a snapshot):
/// <c>[assembly: AssemblyMetadata("TrustHubGen.AccountHandlesNamespace", ns)]</c>. A project that references it and has a
/// snapshot of its own in the same namespace would declare a second <c>TrustHubAccount</c> beside the imported one, and every
/// use of either, its own generated code first, would be CS0436 (an error with warnings as errors): it reads the mark, and
/// reports TH0023 naming the reference instead of generating its handles.
/// </summary>
internal sealed record AccountHandlesMarker(string AssemblyName, string Namespace)
{
    /// <summary>The <c>AssemblyMetadata</c> key.</summary>
    public const string Key = "TrustHubGen.AccountHandlesNamespace";

    /// <summary>The attribute that marks this project's assembly, written into the handles' file.</summary>
    public static string Attribute(string ns) => "[assembly: global::System.Reflection.AssemblyMetadata(\"" + Key + "\", \"" + ns + "\")]";

    /// <summary>The mark among an assembly's <c>AssemblyMetadata</c> entries (<see cref="Precompiled.ReferenceMarks"/>), or null.</summary>
    public static AccountHandlesMarker? From(string assemblyName, IEnumerable<(string Key, string? Value)> entries)
    {
        foreach (var (key, value) in entries)
        {
            if (key == Key && value is { Length: > 0 }) return new AccountHandlesMarker(assemblyName, value);
        }
        return null;
    }
}
