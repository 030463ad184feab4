using System.Linq;
using TrustHubGen.Policies;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Policies;

/// <summary>
/// Turns a policy definition (shipped or a user's file) into the onboarding engine's description, field for field as
/// the generator's <c>PolicyCatalog.&lt;Policy&gt;.OnboardingPolicy</c> does (a test holds the two equal).
/// </summary>
internal static class OnboardingPolicyConverter
{
    public static OnboardingPolicy Convert(PolicyDefinition policy) => new()
    {
        Sid = policy.Sid,
        Name = policy.Name,
        Kind = policy.Kind == BundleKind.TrustProduct ? OnboardingBundleKind.TrustProduct : OnboardingBundleKind.CustomerProfile,
        RequiresBusinessProfile = policy.BusinessProfile?.Required ?? false,
        AcceptedProfilePolicySids = policy.BusinessProfile?.AcceptedPolicySids.ToArray() ?? [],
        EndUsers = policy.EndUsers.Select(ConvertEndUser).ToArray(),
        ChannelEndpoints = policy.ChannelEndpoints is { } endpoints
            ? new OnboardingChannelEndpointRule
            {
                Type = endpoints.Type,
                MustBeOnBusinessProfile = endpoints.MustBeOnBusinessProfile,
                AllowedCountries = endpoints.AllowedCountries.ToArray(),
                TollFreeAllowed = endpoints.TollFreeAllowed,
                AllowedAfterSubmission = endpoints.AllowedAfterSubmission,
            }
            : null,
        ClientSettableStatuses = policy.Submission.ClientSettableStatuses.ToArray(),
        EvaluateBeforeSubmit = policy.Submission.EvaluateBeforeSubmit,
    };

    private static OnboardingEndUserRule ConvertEndUser(EndUserRule rule) =>
        new(rule.Type, rule.Min, rule.Max, rule.Attributes.Select(ConvertAttribute).ToArray());

    private static OnboardingAttributeRule ConvertAttribute(AttributeRule rule) => new()
    {
        Name = rule.Name,
        Required = rule.Required,
        MaxLength = rule.MaxLength,
        Pattern = rule.Pattern,
        PatternDescription = rule.PatternDescription,
        AllowedValues = rule.AllowedValues.ToArray(),
        DisallowedValues = rule.DisallowedValues.ToArray(),
    };
}
