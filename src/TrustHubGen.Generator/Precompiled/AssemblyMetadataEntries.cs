using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>
/// Reads a referenced assembly's <c>[assembly: AssemblyMetadata(key, value)]</c> attributes straight from the metadata the
/// compiler loaded (no symbols, no type loading): how the generator recognises the precompiled SDK's parts and the
/// assemblies that generated the SDK themselves. Also the assemblies it lets see its internals
/// (<c>[assembly: InternalsVisibleTo(name)]</c>, by simple name).
/// </summary>
internal static class AssemblyMetadataEntries
{
    /// <summary>The assembly's name, its key/value pairs and its friends' names; null for a module, an unreadable image or a non-file reference.</summary>
    public static (string AssemblyName, List<(string Key, string? Value)> Entries, List<string> Friends)? Read(MetadataReference reference)
    {
        if (reference is not PortableExecutableReference pe) return null;
        try
        {
            if (pe.GetMetadata() is not AssemblyMetadata assembly) return null;
            var modules = assembly.GetModules();
            if (modules.IsEmpty) return null;
            var reader = modules[0].GetMetadataReader();
            if (!reader.IsAssembly) return null;
            var definition = reader.GetAssemblyDefinition();
            var entries = new List<(string, string?)>();
            var friends = new List<string>();
            foreach (var handle in definition.GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(handle);
                var isMetadata = Is(reader, attribute, "System.Reflection", "AssemblyMetadataAttribute");
                if (!isMetadata && !Is(reader, attribute, "System.Runtime.CompilerServices", "InternalsVisibleToAttribute")) continue;
                var blob = reader.GetBlobReader(attribute.Value);
                if (blob.ReadUInt16() != 1) continue;
                var first = blob.ReadSerializedString();
                if (first is null) continue;
                if (isMetadata) entries.Add((first, blob.ReadSerializedString()));
                else friends.Add(first.Split(',')[0].Trim());
            }
            return (reader.GetString(definition.Name), entries, friends);
        }
        catch (Exception e) when (e is BadImageFormatException or System.IO.IOException or InvalidOperationException)
        {
            return null;
        }
    }

    private static bool Is(MetadataReader reader, CustomAttribute attribute, string ns, string name)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference) return false;
        var parent = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        if (parent.Kind != HandleKind.TypeReference) return false;
        var type = reader.GetTypeReference((TypeReferenceHandle)parent);
        return reader.StringComparer.Equals(type.Name, name) && reader.StringComparer.Equals(type.Namespace, ns);
    }
}
