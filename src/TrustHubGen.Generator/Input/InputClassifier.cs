using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.Naming;
using TrustHubGen.Generator.Precompiled;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Input;

/// <summary>Reads the TrustHubGen item metadata and MSBuild properties.</summary>
internal static class InputClassifier
{
    public const string DefaultNamespace = "TrustHubGen.Sdk";

    public static InputFile Classify(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var metadata = options.GetOptions(file);
        var raw = Get(metadata, "build_metadata.AdditionalFiles.TrustHubGenKind");
        var kind = raw.Length == 0 ? InputKind.None
            : string.Equals(raw, "OpenApi", StringComparison.OrdinalIgnoreCase) ? InputKind.OpenApi
            : string.Equals(raw, "Policy", StringComparison.OrdinalIgnoreCase) ? InputKind.Policy
            : InputKind.Unknown;
        var selection = kind == InputKind.OpenApi
            ? new FileSelection(List(Get(metadata, "build_metadata.AdditionalFiles.TrustHubGenOperations")),
                List(Get(metadata, "build_metadata.AdditionalFiles.TrustHubGenPaths")),
                Get(metadata, "build_metadata.AdditionalFiles.TrustHubGenSidNames"))
            : new FileSelection(default, default, string.Empty);
        return new InputFile(file, kind, raw, selection);
    }

    public const string DefaultAccessibility = "public";

    public static GeneratorOptions Options(AnalyzerConfigOptionsProvider options)
    {
        var (ns, nsProblem) = Namespace(Get(options.GlobalOptions, "build_property.TrustHubGenNamespace"));
        var (access, accessProblem) = Accessibility(Get(options.GlobalOptions, "build_property.TrustHubGenAccessibility"));
        var (maxOperations, maxProblem) = MaxOperations(Get(options.GlobalOptions, "build_property.TrustHubGenMaxOperations"));
        var diagnostics = new[] { nsProblem, accessProblem, maxProblem }.Where(d => d is not null).Select(d => d!);
        return new GeneratorOptions(ns, access, maxOperations, new EquatableArray<InputDiagnostic>(diagnostics));
    }

    /// <summary>
    /// The most operations generated from one document. Each costs about 4 KB of C# and its share of the compile on
    /// every build (docs/benchmarks.md, "Large OpenAPI documents"); Twilio's largest document, API 2010, has 197.
    /// </summary>
    public const int DefaultMaxOperations = 1000;

    private static (int MaxOperations, InputDiagnostic? Problem) MaxOperations(string value)
    {
        if (value.Length == 0) return (DefaultMaxOperations, null);
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var max) && max > 0) return (max, null);
        return (DefaultMaxOperations, InputDiagnostic.Create(InputDiagnosticIds.InvalidMaxOperations, string.Empty, 0, 0, value,
            DefaultMaxOperations.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static (string Namespace, InputDiagnostic? Problem) Namespace(string ns)
    {
        if (ns.Length == 0 || Names.IsValidNamespace(ns)) return (ns.Length == 0 ? DefaultNamespace : ns, null);
        return (DefaultNamespace, InputDiagnostic.Create(InputDiagnosticIds.InvalidNamespace, string.Empty, 0, 0, ns, DefaultNamespace));
    }

    // Only the two modifiers that make sense for a whole generated SDK: 'protected' or 'private' cannot apply to a
    // top-level type, and 'file' would hide the SDK from the code that uses it.
    private static (string Accessibility, InputDiagnostic? Problem) Accessibility(string value)
    {
        if (value.Length == 0) return (DefaultAccessibility, null);
        if (string.Equals(value, "public", StringComparison.OrdinalIgnoreCase)) return ("public", null);
        if (string.Equals(value, "internal", StringComparison.OrdinalIgnoreCase)) return ("internal", null);
        return (DefaultAccessibility, InputDiagnostic.Create(InputDiagnosticIds.InvalidAccessibility, string.Empty, 0, 0, value, DefaultAccessibility));
    }

    /// <summary>
    /// Which part of the package's precompiled SDK this compilation builds (<c>TrustHubGenBuildsPrecompiledSdk</c>):
    /// <c>Spec</c> only in src/TrustHubGen.Sdk (the spec-derived SDK and its fingerprint, nothing policy-dependent),
    /// <c>Policies</c> only in src/TrustHubGen.Sdk.DefaultPolicies (each default policy's code and the fingerprints,
    /// against the referenced spec part), <c>Catalog</c> only in src/TrustHubGen.Sdk.PolicyCatalog (the default set's
    /// <c>PolicyCatalog</c> container and its fingerprint, against both); none in every other project.
    /// </summary>
    public static PrecompiledPart BuildsPrecompiledSdk(AnalyzerConfigOptionsProvider options) =>
        Get(options.GlobalOptions, "build_property.TrustHubGenBuildsPrecompiledSdk") switch
        {
            var v when string.Equals(v, nameof(PrecompiledPart.Spec), StringComparison.OrdinalIgnoreCase) => PrecompiledPart.Spec,
            var v when string.Equals(v, nameof(PrecompiledPart.Policies), StringComparison.OrdinalIgnoreCase) => PrecompiledPart.Policies,
            var v when string.Equals(v, nameof(PrecompiledPart.Catalog), StringComparison.OrdinalIgnoreCase) => PrecompiledPart.Catalog,
            _ => PrecompiledPart.None,
        };

    public static InputDiagnostic UnknownKind(InputFile file) =>
        InputDiagnostic.Create(InputDiagnosticIds.UnknownInputKind, file.File.Path, 0, 0, file.RawKind, System.IO.Path.GetFileName(file.File.Path));

    private static string Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && value is not null ? value.Trim() : string.Empty;

    private static EquatableArray<string> List(string text) =>
        new(text.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal));
}
