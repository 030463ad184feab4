namespace TrustHubGen.Generator;

/// <summary>Names of the pipeline steps; the incremental tests assert on them.</summary>
internal static class TrackingNames
{
    /// <summary>The MSBuild options.</summary>
    public const string Options = nameof(Options);

    /// <summary>Additional files with their TrustHubGen metadata.</summary>
    public const string InputFiles = nameof(InputFiles);

    /// <summary>One OpenAPI document parsed into the generator's model.</summary>
    public const string OpenApiDocuments = nameof(OpenApiDocuments);

    /// <summary>All documents after the cross-document checks.</summary>
    public const string OpenApiDocumentSet = nameof(OpenApiDocumentSet);

    /// <summary>One policy file parsed.</summary>
    public const string PolicyDefinitions = nameof(PolicyDefinitions);

    /// <summary>All policies after the cross-file checks.</summary>
    public const string PolicySet = nameof(PolicySet);

    /// <summary>The SDK's types narrower than the spec's (policy SIDs by kind, the entity-assignment object, settable statuses).</summary>
    public const string SdkRefinements = nameof(SdkRefinements);

    /// <summary>The attribute value types and pipelines named from the policy set.</summary>
    public const string PipelineSet = nameof(PipelineSet);

    /// <summary>The spec-derived SDK as text, with its fingerprint.</summary>
    public const string SpecSdk = nameof(SpecSdk);

    /// <summary>The policy-dependent code (catalog, value types, pipelines) as text, with its fingerprint.</summary>
    public const string PolicySdk = nameof(PolicySdk);

    /// <summary>The parts of the precompiled SDK among the compilation's references (each one's fingerprint and namespace), if any.</summary>
    public const string PrecompiledSdk = nameof(PrecompiledSdk);

    /// <summary>The references that generated the SDK's public types themselves (their namespace), if any (TH0021).</summary>
    public const string ReferencedSdks = nameof(ReferencedSdks);

    /// <summary>The references whose PolicyCatalog container is internal (their namespace, policies and friends), if any.</summary>
    public const string InternalPolicyCatalogs = nameof(InternalPolicyCatalogs);

    /// <summary>Which generated outputs the project's C# version compiles, with the one TH0022 for those it does not.</summary>
    public const string LanguageGate = nameof(LanguageGate);
}
