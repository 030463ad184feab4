using TrustHubGen.Policies;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests.Infrastructure;

/// <summary>What the generated facade does from PolicyCatalog: the shipped definitions as the engine's runtime description.</summary>
internal static class PolicyMapper
{
    public const string CnamSid = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    public const string ShakenStirSid = "RN7a97559effdf62d00f4298208492a5ea";

    public static OnboardingPolicy Cnam => Map(CnamSid);

    public static OnboardingPolicy ShakenStir => Map(ShakenStirSid);

    public static OnboardingPolicy Map(string sid)
    {
        var definition = BuiltInPolicies.Find(sid) ?? throw new InvalidOperationException($"No shipped policy {sid}.");
        return new OnboardingPolicy
        {
            Sid = definition.Sid,
            Name = definition.Name,
            Kind = definition.Kind == BundleKind.TrustProduct ? OnboardingBundleKind.TrustProduct : OnboardingBundleKind.CustomerProfile,
            RequiresBusinessProfile = definition.BusinessProfile?.Required ?? false,
            AcceptedProfilePolicySids = definition.BusinessProfile?.AcceptedPolicySids.ToArray() ?? [],
            EndUsers = definition.EndUsers.Select(e => new OnboardingEndUserRule(e.Type, e.Min, e.Max, e.Attributes.Select(a => new OnboardingAttributeRule
            {
                Name = a.Name,
                Required = a.Required,
                MaxLength = a.MaxLength,
                Pattern = a.Pattern,
                PatternDescription = a.PatternDescription,
                AllowedValues = a.AllowedValues.ToArray(),
                DisallowedValues = a.DisallowedValues.ToArray(),
            }).ToArray())).ToArray(),
            ChannelEndpoints = definition.ChannelEndpoints is { } c
                ? new OnboardingChannelEndpointRule
                {
                    Type = c.Type,
                    MustBeOnBusinessProfile = c.MustBeOnBusinessProfile,
                    AllowedCountries = c.AllowedCountries.ToArray(),
                    TollFreeAllowed = c.TollFreeAllowed,
                    AllowedAfterSubmission = c.AllowedAfterSubmission,
                }
                : null,
            ClientSettableStatuses = definition.Submission.ClientSettableStatuses.ToArray(),
            EvaluateBeforeSubmit = definition.Submission.EvaluateBeforeSubmit,
        };
    }
}
