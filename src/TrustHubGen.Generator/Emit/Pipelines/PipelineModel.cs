using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Emit.Pipelines;

/// <summary>What the pipeline emitters need, value-equal so the step caches: the attribute value types and the pipelines.</summary>
internal sealed record PipelineSet(EquatableArray<AttributeValueModel> Values, EquatableArray<PipelineModel> Pipelines)
{
    public bool IsEmpty => Values.IsEmpty && Pipelines.IsEmpty;
}

/// <summary>What the pipelines take from the documents: whether the typed SIDs exist, and every SDK type name.</summary>
internal sealed record SdkFacts(bool HasSids, EquatableArray<string> TypeNames);

/// <summary>One generated attribute value type (e.g. <c>CnamDisplayName</c>) and where its rule lives.</summary>
internal sealed record AttributeValueModel(string TypeName, string PolicySid, string PolicyClass, string PolicyFriendlyName, string EndUserType, string AttributeName, string RuleSummary);

/// <summary>
/// One generated pipeline: <c>CnamOnboarding</c> for a trust-product policy that takes phone numbers, or
/// <c>SecondaryBusinessProfileOnboarding</c> for a customer-profile policy (<paramref name="IsProfile"/>), which may need
/// the ISV's Primary profile and an address.
/// </summary>
internal sealed record PipelineModel(string ClassName, string PolicyClass, string PolicyName, string PolicySid, string FriendlyName, EquatableArray<EndUserStageModel> EndUsers,
    bool IsProfile = false, bool RequiresPrimary = false, AddressStage Address = AddressStage.None);

/// <summary>Whether a profile pipeline has an address stage.</summary>
internal enum AddressStage
{
    None,
    Optional,
    Required,
}

/// <summary>A stage that takes one end user's attributes; <paramref name="Optional"/> when the policy's minimum is 0.</summary>
internal sealed record EndUserStageModel(string Type, string StageName, string MethodName, string HelperName, bool Optional, EquatableArray<ParameterModel> Parameters);

/// <summary>
/// One attribute as a method parameter: <paramref name="ValueType"/> names its generated value type (null: a plain string).
/// <paramref name="AndName"/> is the parameter's name in the policy's <c>And…</c> method, where every end user's attributes meet.
/// </summary>
internal sealed record ParameterModel(string AttributeName, string Name, string AndName, string? ValueType, bool Required, string? Description);
