using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TrustHubGen.Generator.Emit;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Precompiled;

/// <summary>
/// The mark of an assembly whose <c>PolicyCatalog</c> container is internal beside the package's precompiled policies (a
/// library with a policy file of its own, <see cref="PolicySdk.OwnCatalog"/>), with its namespace and its policies' classes:
/// <c>[assembly: AssemblyMetadata("TrustHubGen.InternalPolicyCatalog", "ns|Cnam,…")]</c>, and the assemblies that see its
/// internals. A project among those (the library's tests, by <c>InternalsVisibleTo</c>) sees that container and the
/// package's public one under one name, so every <c>PolicyCatalog</c> would be CS0433 there. That project gets a container
/// of its own under another name (<see cref="ContainerName"/>: every policy it sees, each deriving from its entry as in
/// either) and <c>global using PolicyCatalog = …;</c>: C# binds a simple name to a using alias before the types of an
/// imported namespace, so <c>PolicyCatalog.Cnam</c> and the library's <c>PolicyCatalog.&lt;Own&gt;</c> both bind there.
/// The mark also lists the public attribute value types of the assembly's policies (<see cref="ValueTypes"/>, after a
/// second <c>|</c>): a referencing project with policies of its own names its value types around them (docs/pipelines.md
/// "Names"), where the same name in one namespace would be CS0436 on every use. After a third <c>|</c> it lists its public
/// policies (<see cref="Policies"/>, <c>Class:SID:entry fingerprint</c>): a referencing project with the same policy file
/// (same SID) generates none of that policy's code and uses the reference's, with TH0024 when its content differs.
/// </summary>
internal sealed record InternalPolicyCatalog(string AssemblyName, string Namespace, EquatableArray<string> Classes, EquatableArray<string> Friends, EquatableArray<string> ValueTypes, EquatableArray<string> Policies = default)
{
    /// <summary>The <c>AssemblyMetadata</c> key.</summary>
    public const string Key = "TrustHubGen.InternalPolicyCatalog";

    /// <summary>The container a project seeing such internals gets, which its <c>PolicyCatalog</c> alias names.</summary>
    public const string ContainerName = "VisiblePolicyCatalog";

    /// <summary>The hint name of that container and its alias.</summary>
    public const string HintName = ContainerName + ".g.cs";

    /// <summary><paramref name="catalog"/> (the internal container's text) with the mark before its namespace.</summary>
    public static string Marked(string catalog, string ns, IEnumerable<string> classes, IEnumerable<string> valueTypes, IEnumerable<string> policies)
    {
        var at = catalog.IndexOf("namespace ", StringComparison.Ordinal);
        var mark = "[assembly: global::System.Reflection.AssemblyMetadata(\"" + Key + "\", \"" + ns + "|" + string.Join(",", classes) + "|" + string.Join(",", valueTypes) + "|" + string.Join(",", policies) + "\")]\n\n";
        return catalog.Substring(0, at) + mark + catalog.Substring(at);
    }

    /// <summary>The mark among an assembly's <c>AssemblyMetadata</c> entries (<see cref="ReferenceMarks"/>), with its friends, or null.</summary>
    public static InternalPolicyCatalog? From(string assemblyName, IEnumerable<(string Key, string? Value)> entries, IReadOnlyList<string> friends)
    {
        foreach (var (key, value) in entries)
        {
            if (key != Key || value is null || value.IndexOf('|') is var bar && bar <= 0) continue;
            var lists = value.Substring(bar + 1).Split('|');
            string[] List(int index) => index < lists.Length ? lists[index].Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
            return new InternalPolicyCatalog(assemblyName, value.Substring(0, bar), new EquatableArray<string>(List(0)), new EquatableArray<string>(friends.ToArray()), new EquatableArray<string>(List(1)), new EquatableArray<string>(List(2)));
        }
        return null;
    }

    /// <summary>
    /// The container and alias for a project named <paramref name="assemblyName"/> with its SDK in <paramref name="ns"/>
    /// and the policies <paramref name="ownClasses"/>, or null when it sees no other assembly's internal container there.
    /// </summary>
    public static string? AliasSource(ImmutableArray<InternalPolicyCatalog?> marks, string assemblyName, string ns, IEnumerable<string> ownClasses)
    {
        var seen = marks.Where(m => m is not null && m.Namespace == ns && m.Friends.Any(f => string.Equals(f, assemblyName, StringComparison.OrdinalIgnoreCase))).ToList();
        if (seen.Count == 0) return null;
        var classes = ownClasses.Concat(seen.SelectMany(m => m!.Classes)).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();
        var libraries = string.Join(", ", seen.Select(m => m!.AssemblyName).OrderBy(n => n, StringComparer.Ordinal));
        var w = new SourceWriter("internal");
        w.Line("// <auto-generated/>");
        w.Line("#nullable enable");
        w.Line();
        w.Line($"global using PolicyCatalog = global::{ns}.{ContainerName};");
        w.Line();
        w.Line("namespace " + ns + ";");
        w.Line();
        w.Summary($"What PolicyCatalog names in this project, which sees the internals of {libraries}: its internal PolicyCatalog and the package's public one share a name here, so PolicyCatalog is this container (a using alias), with every policy of both, each deriving from its entry as in either.");
        w.Line(FileHeader.GeneratedCode);
        w.Open($"internal static class {ContainerName}");
        PolicyCatalogEmitter.Body(w, ns, classes.Select(c => (c, $"The policy of PolicyCatalogEntries.{c}.")));
        w.Close();
        return w.ToString();
    }
}
