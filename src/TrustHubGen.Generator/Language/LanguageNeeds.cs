using Microsoft.CodeAnalysis.CSharp;

namespace TrustHubGen.Generator.Language;

/// <summary>What one kind of generated code needs of the C# the project compiles: the version, and the features that need it (for TH0022).</summary>
internal sealed record LanguageNeed(LanguageVersion Version, string Code, string Features);

/// <summary>
/// The one table of the C# each generated output needs. <c>LanguageVersionTests</c> compiles each output at its version
/// (clean) and at the one before (errors), so a new feature in an emitter that raises the need fails there, not in a
/// user's project.
/// </summary>
internal static class LanguageNeeds
{
    /// <summary>SIDs, enums, models, requests, clients (and the SDK marker, which only comes with them).</summary>
    public static readonly LanguageNeed SpecSdk = new(LanguageVersion.CSharp11, "the spec-derived SDK", "required members, UTF-8 string literals");

    /// <summary>The policy catalog (entries and container), attribute value types and pipelines.</summary>
    public static readonly LanguageNeed PolicyCode = new(LanguageVersion.CSharp10, "the policy catalog and pipelines", "file-scoped namespaces");

    /// <summary>The account snapshot's <c>TrustHubAccount</c> handles.</summary>
    public static readonly LanguageNeed AccountHandles = new(LanguageVersion.CSharp10, "the account snapshot's TrustHubAccount handles", "file-scoped namespaces");

    /// <summary>
    /// The <c>PolicyCatalog</c> alias of a project that sees another's internal container (<c>VisiblePolicyCatalog.g.cs</c>).
    /// Left out silently below its version: it only merges two containers the project still sees, and a TH0022 (an error)
    /// would fail a project that never names <c>PolicyCatalog</c>.
    /// </summary>
    public static readonly LanguageNeed PolicyCatalogAlias = new(LanguageVersion.CSharp10, "the PolicyCatalog alias", "global using directives");
}
