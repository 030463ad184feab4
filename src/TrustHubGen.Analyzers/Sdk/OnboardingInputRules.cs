using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Sdk;

/// <summary>
/// The strings that enter the onboarding engine through object initialisers and <c>with</c> expressions: a policy
/// override's <c>Sid</c> (TH1001/TH1002 against its <c>Kind</c>) and <c>AcceptedProfilePolicySids</c>, end-user
/// attributes by type (TH1008 for the type; TH1007/TH1013 for the values), and Business Profile SIDs (TH1005/TH1006).
/// </summary>
internal static class OnboardingInputRules
{
    private static readonly string[] BundlePrefix = { "BU" };

    /// <summary>An onboarding type (<c>TrustHubGen.Runtime.Onboarding</c>) created with an initialiser or changed with <c>with</c>.</summary>
    public static void Check(RuleContext context, IOperation operation)
    {
        var (type, initializer, isNew) = operation switch
        {
            IObjectCreationOperation { Initializer: { } init } creation => (creation.Type, init, true),
            IWithOperation with => (with.Type, with.Initializer, false),
            _ => (null, null, false),
        };
        if (initializer is null || type is not INamedTypeSymbol named || !IsOnboardingType(named)) return;
        Check(context, named, initializer, isNew);
    }

    // TrustHubGen.Runtime.Onboarding and its sub-namespaces (Profiles, Pipelines), by name: no display strings.
    private static bool IsOnboardingType(INamedTypeSymbol type)
    {
        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name != "Onboarding") continue;
            return ns.ContainingNamespace is { Name: "Runtime" } runtime && runtime.ContainingNamespace is { Name: "TrustHubGen" } root
                && root.ContainingNamespace?.IsGlobalNamespace == true;
        }
        return false;
    }

    // isNew: for `new T { … }` an unset Kind is its default (TrustProduct); a `with` keeps a Kind the analyzer cannot see.
    private static void Check(RuleContext context, INamedTypeSymbol type, IObjectOrCollectionInitializerOperation initializer, bool isNew)
    {
        IOperation? policySid = null;
        BundleKind? kind = isNew ? BundleKind.TrustProduct : null;
        var isPolicy = type.Name == "OnboardingPolicy";
        foreach (var element in initializer.Initializers)
        {
            if (element is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } } assignment) continue;
            switch (name)
            {
                case "Sid" when isPolicy:
                    policySid = assignment.Value;
                    break;
                case "Kind" when isPolicy:
                    kind = ReadKind(assignment.Value);
                    break;
                case "AcceptedProfilePolicySids" when isPolicy:
                    foreach (var sid in InitializerEntries.OfList(context.Origin(assignment.Value)))
                        CheckPolicySid(context, sid, BundleKind.CustomerProfile, "OnboardingPolicy.AcceptedProfilePolicySids");
                    break;
                case "EndUserAttributes":
                    CheckEndUserAttributes(context, assignment.Value, $"{type.Name}.EndUserAttributes");
                    break;
                case "BusinessProfileSid" or "PrimaryProfileSid":
                    if (context.Resolve(assignment.Value) is { } profile)
                        SidRules.Check(context, profile, BundlePrefix, $"{type.Name}.{name}");
                    break;
            }
        }
        if (policySid is not null)
            CheckPolicySid(context, policySid, kind, kind is { } k ? $"OnboardingPolicy with Kind = {k}" : "OnboardingPolicy");
    }

    private static void CheckPolicySid(RuleContext context, IOperation operation, BundleKind? expected, string where)
    {
        if (context.Resolve(operation) is not { } value) return;
        PolicySidRules.Check(context, value, expected, where);
    }

    // OnboardingBundleKind: TrustProduct = 0, CustomerProfile = 1 (TrustHubGen.Runtime.Onboarding). Anything else is unknown.
    private static BundleKind? ReadKind(IOperation value) => ConstantResolver.Unwrap(value).ConstantValue switch
    {
        { HasValue: true, Value: 0 } => BundleKind.TrustProduct,
        { HasValue: true, Value: 1 } => BundleKind.CustomerProfile,
        _ => null,
    };

    /// <summary>
    /// <c>{ ["cnam_information"] = new Dictionary&lt;string, string&gt; { ["cnam_display_name"] = "…" } }</c>: each type
    /// must be a Trust Hub end-user type, and each attribute value must keep the rule a known policy states for it.
    /// </summary>
    private static void CheckEndUserAttributes(RuleContext context, IOperation dictionary, string where)
    {
        foreach (var (typeKey, attributes) in InitializerEntries.OfDictionary(context.Origin(dictionary)))
        {
            if (context.Resolve(typeKey) is not { } type) continue;
            if (!EndUserTypeRule.IsKnown(context, type.Text))
            {
                EndUserTypeRule.Check(context, type);
                continue;
            }
            foreach (var (nameKey, value) in InitializerEntries.OfDictionary(context.Origin(attributes)))
            {
                if (context.Resolve(nameKey) is not { } name) continue;
                if (context.Policies.FindAttribute(type.Text, name.Text) is { } rule)
                    AttributeValueRule.Check(context, rule, value, $"{where}[\"{type.Text}\"][\"{name.Text}\"]");
            }
        }
    }
}
