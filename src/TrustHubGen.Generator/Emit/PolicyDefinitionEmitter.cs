using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Generator.Naming;
using TrustHubGen.Policies.Naming;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Emit;

/// <summary>
/// Emits, inside each <c>PolicyCatalog</c> policy class, the policy's <c>Definition</c>: the rules library's own
/// <see cref="PolicyDefinition"/> record, built from the class's constants so the two never disagree, and
/// <c>OnboardingPolicy</c>, the engine's view of it through <c>OnboardingPolicy.From</c>, the one mapping every
/// component uses. A policy file a user adds therefore drives the engine with no code of ours changed.
/// </summary>
internal static class PolicyDefinitionEmitter
{
    private const string Rules = "global::TrustHubGen.Policies.";
    private const string Onboarding = "global::TrustHubGen.Runtime.Onboarding.";

    public static void Emit(SourceWriter w, PolicyDefinition policy)
    {
        w.Line();
        w.Line("/// <summary>This policy's definition as the rules library models it (equal to what <c>PolicyReader</c> reads from its file).</summary>");
        w.Line($"public static {Rules}PolicyDefinition Definition {{ get; }} = new(");
        w.Line($"    SidValue, Name, FriendlyName, {Rules}BundleKind.{(policy.Kind == BundleKind.TrustProduct ? "TrustProduct" : "CustomerProfile")}, {SourceWriter.Literal(policy.Confidence)}, {SourceWriter.Literal(policy.Source)},");
        w.Line($"    {BusinessProfile(policy.BusinessProfile)},");
        w.Line($"    {Array("EndUserRule", policy.EndUsers.Select(EndUser))},");
        w.Line($"    {Array("SupportingDocumentRule", policy.SupportingDocuments.Select(d => $"new {Rules}SupportingDocumentRule({SourceWriter.Literal(d.Type)}, {d.Min}, {d.Max})"))},");
        w.Line($"    {ChannelEndpoints(policy.ChannelEndpoints)},");
        w.Line($"    new {Rules}SubmissionRule({Strings("Submission.ClientSettableStatuses")}, Submission.EvaluateBeforeSubmit));");
        w.Line();
        w.Line("/// <summary>This policy as the onboarding engine runs it (<c>OnboardingPlanner</c>, <c>OnboardingRunner</c>).</summary>");
        w.Line($"public static {Onboarding}OnboardingPolicy OnboardingPolicy {{ get; }} = {Onboarding}OnboardingPolicy.From(Definition);");
    }

    private static string BusinessProfile(BusinessProfileRule? profile) => profile is null
        ? "null"
        : $"new {Rules}BusinessProfileRule(BusinessProfile.Required, {Strings("BusinessProfile.AcceptedPolicySids")}, BusinessProfile.RequiredStatus, {Strings("BusinessProfile.RequiredRegistrationIdentifiers")})";

    private static string ChannelEndpoints(ChannelEndpointRule? endpoints) => endpoints is null
        ? "null"
        : $"new {Rules}ChannelEndpointRule(ChannelEndpoints.Type, ChannelEndpoints.MustBeOnBusinessProfile, {Strings("ChannelEndpoints.AllowedCountries")}, ChannelEndpoints.TollFreeAllowed, ChannelEndpoints.AllowedAfterSubmission)";

    private static string EndUser(EndUserRule endUser)
    {
        var path = "EndUsers." + CatalogNames.EndUserClass(endUser.Type);
        var attributes = Array("AttributeRule", endUser.Attributes.Select(a => Attribute(path + "." + CatalogNames.AttributeClass(endUser.Type, a.Name), a)));
        return $"new {Rules}EndUserRule({path}.Type, {path}.Min, {path}.Max, {attributes})";
    }

    private static string Attribute(string path, AttributeRule a) =>
        $"new {Rules}AttributeRule({path}.Name, {path}.Required, " +
        (a.MaxLength is null ? "null, " : $"{path}.MaxLength, ") +
        (a.Pattern is null ? "null, " : $"{path}.Pattern, ") +
        (a.PatternDescription is null ? "null, " : SourceWriter.Literal(a.PatternDescription) + ", ") +
        $"{Strings(path + ".AllowedValues")}, {Strings(path + ".DisallowedValues")}, " +
        (a.Description is null ? "null" : SourceWriter.Literal(a.Description)) + ")";

    private static string Strings(string member) => $"new {Rules}EquatableArray<string>({member})";

    private static string Array(string type, IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? $"{Rules}EquatableArray<{Rules}{type}>.Empty" : $"new {Rules}EquatableArray<{Rules}{type}>(new[] {{ {string.Join(", ", list)} }})";
    }
}
