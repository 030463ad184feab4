using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Snapshots;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>
/// The marks a referenced assembly carries for other projects' generators: a whole generated SDK
/// (<see cref="GeneratedSdkMarker"/>), an internal policy container (<see cref="InternalPolicyCatalog"/>) and public account
/// handles (<see cref="AccountHandlesMarker"/>). All come from
/// one read of the assembly's attributes: a project has hundreds of references, and these are read whenever they change.
/// </summary>
internal sealed record ReferenceMarks(GeneratedSdkMarker? Sdk, InternalPolicyCatalog? Catalog, AccountHandlesMarker? Handles)
{
    /// <summary>The marks of <paramref name="reference"/>, or null when it carries none.</summary>
    public static ReferenceMarks? Read(MetadataReference reference)
    {
        if (AssemblyMetadataEntries.Read(reference) is not { } assembly) return null;
        var sdk = GeneratedSdkMarker.From(assembly.AssemblyName, assembly.Entries);
        var catalog = InternalPolicyCatalog.From(assembly.AssemblyName, assembly.Entries, assembly.Friends);
        var handles = AccountHandlesMarker.From(assembly.AssemblyName, assembly.Entries);
        return sdk is null && catalog is null && handles is null ? null : new ReferenceMarks(sdk, catalog, handles);
    }
}
