using Microsoft.CodeAnalysis;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>
/// The marks a referenced assembly carries for other projects' generators: a whole generated SDK
/// (<see cref="GeneratedSdkMarker"/>) and an internal policy container (<see cref="InternalPolicyCatalog"/>). Both come from
/// one read of the assembly's attributes: a project has hundreds of references, and these are read whenever they change.
/// </summary>
internal sealed record ReferenceMarks(GeneratedSdkMarker? Sdk, InternalPolicyCatalog? Catalog)
{
    /// <summary>The marks of <paramref name="reference"/>, or null when it carries none.</summary>
    public static ReferenceMarks? Read(MetadataReference reference)
    {
        if (AssemblyMetadataEntries.Read(reference) is not { } assembly) return null;
        var sdk = GeneratedSdkMarker.From(assembly.AssemblyName, assembly.Entries);
        var catalog = InternalPolicyCatalog.From(assembly.AssemblyName, assembly.Entries, assembly.Friends);
        return sdk is null && catalog is null ? null : new ReferenceMarks(sdk, catalog);
    }
}
