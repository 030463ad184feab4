using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TrustHubGen.Generator.Naming;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Emit;

/// <summary>
/// Emits, inside each <c>PolicyCatalog</c> policy class, its description for the onboarding engine
/// (<c>TrustHubGen.Runtime.Onboarding.OnboardingPolicy</c>), built from the class's own constants so the two never disagree.
/// A policy file a user adds therefore drives the engine with no code of ours changed.
/// </summary>
internal static class OnboardingPolicyEmitter
{
    private const string Onboarding = "global::TrustHubGen.Runtime.Onboarding.";

    public static void Emit(SourceWriter w, PolicyDefinition policy)
    {
        w.Line();
        w.Line("/// <summary>This policy as the onboarding engine runs it (<c>OnboardingPlanner</c>, <c>OnboardingRunner</c>).</summary>");
        w.Open($"public static {Onboarding}OnboardingPolicy OnboardingPolicy {{ get; }} = new()");
        w.Line("Sid = SidValue,");
        w.Line("Name = Name,");
        w.Line($"Kind = {Onboarding}OnboardingBundleKind.{(policy.Kind == BundleKind.TrustProduct ? "TrustProduct" : "CustomerProfile")},");
        if (policy.BusinessProfile is not null)
        {
            w.Line("RequiresBusinessProfile = BusinessProfile.Required,");
            w.Line("AcceptedProfilePolicySids = BusinessProfile.AcceptedPolicySids,");
        }
        else
        {
            w.Line("RequiresBusinessProfile = false,");
        }
        w.Line($"EndUsers = {EndUsers(policy.EndUsers)},");
        if (policy.ChannelEndpoints is not null)
        {
            w.Line($"ChannelEndpoints = new {Onboarding}OnboardingChannelEndpointRule");
            w.Line("{");
            w.Line("    Type = ChannelEndpoints.Type,");
            w.Line("    MustBeOnBusinessProfile = ChannelEndpoints.MustBeOnBusinessProfile,");
            w.Line("    AllowedCountries = ChannelEndpoints.AllowedCountries,");
            w.Line("    TollFreeAllowed = ChannelEndpoints.TollFreeAllowed,");
            w.Line("    AllowedAfterSubmission = ChannelEndpoints.AllowedAfterSubmission,");
            w.Line("},");
        }
        w.Line("ClientSettableStatuses = Submission.ClientSettableStatuses,");
        w.Line("EvaluateBeforeSubmit = Submission.EvaluateBeforeSubmit,");
        w.Close(";");
    }

    private static string EndUsers(IReadOnlyList<EndUserRule> endUsers)
    {
        if (endUsers.Count == 0) return $"global::System.Array.Empty<{Onboarding}OnboardingEndUserRule>()";
        return "new[] { " + string.Join(", ", endUsers.Select(EndUser)) + " }";
    }

    private static string EndUser(EndUserRule endUser)
    {
        var path = "EndUsers." + Names.Pascal(endUser.Type);
        var attributes = endUser.Attributes.Count == 0
            ? $"global::System.Array.Empty<{Onboarding}OnboardingAttributeRule>()"
            : "new[] { " + string.Join(", ", endUser.Attributes.Select(a => Attribute(path + "." + Names.Pascal(a.Name), a))) + " }";
        return $"new {Onboarding}OnboardingEndUserRule({path}.Type, {path}.Min, {path}.Max, {attributes})";
    }

    private static string Attribute(string path, AttributeRule attribute) =>
        $"new {Onboarding}OnboardingAttributeRule {{ Name = {path}.Name, Required = {path}.Required, " +
        (attribute.MaxLength is null ? "" : $"MaxLength = {path}.MaxLength, ") +
        (attribute.Pattern is null ? "" : $"Pattern = {path}.Pattern, ") +
        (attribute.PatternDescription is null ? "" : $"PatternDescription = {SourceWriter.Literal(attribute.PatternDescription)}, ") +
        $"AllowedValues = {path}.AllowedValues, DisallowedValues = {path}.DisallowedValues }}";
}
