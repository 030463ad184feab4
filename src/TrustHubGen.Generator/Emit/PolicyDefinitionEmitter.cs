using TrustHubGen.Policies;
using TrustHubGen.Policies.Emit;
using TrustHubGen.Policies.Naming;

namespace TrustHubGen.Generator.Emit;

/// <summary>
/// Emits, inside each <c>PolicyCatalog</c> policy class, the policy's <c>Definition</c>: the rules library's own
/// <see cref="PolicyDefinition"/> record, written by the library's <see cref="PolicyDefinitionSource"/> from the class's
/// constants so the two never disagree, and <c>OnboardingPolicy</c>, the engine's view of it through
/// <c>OnboardingPolicy.From</c>, the one mapping every component uses. A policy file a user adds therefore drives the
/// engine with no code of ours changed.
/// </summary>
internal static class PolicyDefinitionEmitter
{
    private const string Rules = "global::TrustHubGen.Policies.";
    private const string Onboarding = "global::TrustHubGen.Runtime.Onboarding.";

    public static void Emit(SourceWriter w, PolicyDefinition policy)
    {
        w.Line();
        w.Line("/// <summary>This policy's definition as the rules library models it (equal to what <c>PolicyReader</c> reads from its file).</summary>");
        w.Lines($"public static {Rules}PolicyDefinition Definition {{ get; }} = {PolicyDefinitionSource.Expression(policy, CatalogMembers.Instance, targetTyped: true)};");
        w.Line();
        w.Line("/// <summary>This policy as the onboarding engine runs it (<c>OnboardingPlanner</c>, <c>OnboardingRunner</c>).</summary>");
        w.Line($"public static {Onboarding}OnboardingPolicy OnboardingPolicy {{ get; }} = {Onboarding}OnboardingPolicy.From(Definition);");
    }

    /// <summary>
    /// The policy class's members (<c>PolicyCatalogEmitter</c>) that hold the definition's values. The catalog declares no
    /// member for the kind (only <c>IsTrustProduct</c>), the confidence, the source, an attribute's pattern description
    /// and description, or a supporting document's parts (only <c>SupportingDocumentTypes</c>): those are literals.
    /// </summary>
    private sealed class CatalogMembers : PolicyMemberNames
    {
        public static readonly CatalogMembers Instance = new();

        public override string? Policy(string property) => property switch
        {
            nameof(PolicyDefinition.Sid) => "SidValue",
            nameof(PolicyDefinition.Name) or nameof(PolicyDefinition.FriendlyName) => property,
            _ => null,
        };

        public override string? BusinessProfile(string property) => "BusinessProfile." + property;

        public override string? EndUser(EndUserRule endUser, string property) => EndUserPath(endUser) + "." + property;

        public override string? Attribute(EndUserRule endUser, AttributeRule attribute, string property) =>
            property is nameof(AttributeRule.PatternDescription) or nameof(AttributeRule.Description)
                ? null
                : EndUserPath(endUser) + "." + CatalogNames.AttributeClass(endUser.Type, attribute.Name) + "." + property;

        public override string? ChannelEndpoints(string property) => "ChannelEndpoints." + property;

        public override string? Submission(string property) => "Submission." + property;

        private static string EndUserPath(EndUserRule endUser) => "EndUsers." + CatalogNames.EndUserClass(endUser.Type);
    }
}
