using TrustHubGen.Emulator.State;
using TrustHubGen.Policies;

namespace TrustHubGen.Emulator.Rules;

/// <summary>Maps the shared policy definitions (<see cref="BuiltInPolicies"/>) onto what the emulator enforces.</summary>
internal static class BuiltInPolicySource
{
    public static IReadOnlyList<PolicyModel> Load() => BuiltInPolicies.All.Select(Map).ToArray();

    public static PolicyModel Map(PolicyDefinition definition)
    {
        var profile = definition.BusinessProfile is { } bp
            ? new ProfileRequirement(bp.Required, bp.AcceptedPolicySids.ToArray(), bp.RequiredStatus, bp.RequiredRegistrationIdentifiers.ToArray())
            : null;
        var endUsers = definition.EndUsers
            .Select(e => new EndUserRequirement(
                e.Type,
                e.Min,
                e.Max,
                e.Attributes.Select(a => new AttributeRequirement(a.Name, a.Required, a.Description, value => PolicyRules.CheckAttribute(a, value))).ToArray()))
            .ToArray();
        var documents = definition.SupportingDocuments.Select(d => new DocumentRequirement(d.Type, d.Min, d.Max)).ToArray();
        var endpoints = definition.ChannelEndpoints is { } ce
            ? new EndpointRequirement(ce.Type, ce.MustBeOnBusinessProfile, ce.AllowedAfterSubmission, e164 => PhoneNumberFacts.CheckChannelEndpoint(ce, e164))
            : null;
        return new PolicyModel(
            definition.Sid,
            definition.Name,
            definition.FriendlyName,
            definition.Kind == BundleKind.CustomerProfile ? BundleType.CustomerProfile : BundleType.TrustProduct,
            profile,
            endUsers,
            documents,
            endpoints,
            definition.Submission.ClientSettableStatuses.ToArray(),
            definition.Submission.EvaluateBeforeSubmit);
    }
}
