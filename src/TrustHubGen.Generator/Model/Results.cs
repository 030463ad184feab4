using Microsoft.CodeAnalysis;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Model;

/// <summary>What an <c>AdditionalFiles</c> item is for, from its <c>TrustHubGenKind</c> metadata.</summary>
internal enum InputKind
{
    None,
    OpenApi,
    Policy,
    Unknown,
}

/// <summary>
/// One additional file with its TrustHubGen metadata. It holds the <see cref="AdditionalText"/> itself (compared by
/// reference, which the driver keeps stable while the file is unchanged) so that reading the text happens in the
/// per-file parse step, not here.
/// </summary>
internal sealed record InputFile(AdditionalText File, InputKind Kind, string RawKind, FileSelection Selection);

/// <summary>The item metadata that selects what to generate from an OpenAPI document.</summary>
internal sealed record FileSelection(EquatableArray<string> Operations, EquatableArray<string> Paths, string SidNames);

/// <summary>The parse result of one OpenAPI document.</summary>
internal sealed record ApiDocumentResult(ApiDocumentModel? Model, EquatableArray<InputDiagnostic> Diagnostics);

/// <summary>The parse result of one policy file.</summary>
internal sealed record PolicyResult(string Path, PolicyDefinition? Policy, EquatableArray<InputDiagnostic> Diagnostics);

/// <summary>Every document after cross-file checks, sorted by path; colliding ones are left out.</summary>
internal sealed record ApiDocumentSet(EquatableArray<ApiDocumentModel> Documents, EquatableArray<SidTypeModel> Sids, EquatableArray<InputDiagnostic> Diagnostics);

/// <summary>Every policy after cross-file checks, sorted by name; colliding ones are left out.</summary>
internal sealed record PolicySet(EquatableArray<PolicyDefinition> Policies, EquatableArray<InputDiagnostic> Diagnostics);

/// <summary>
/// The MSBuild options the generator reads: the namespace of everything it emits, the C# modifier of its top-level
/// types (<c>public</c>, or <c>internal</c> for a library that uses the generated code only inside itself), and the
/// most operations it generates from one document (<c>TrustHubGenMaxOperations</c>).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string Accessibility, int MaxOperations, EquatableArray<InputDiagnostic> Diagnostics);
