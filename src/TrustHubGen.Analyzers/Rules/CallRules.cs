using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>Runs the per-value rules over every value of one <see cref="TwilioCall"/>.</summary>
internal static class CallRules
{
    public static void Check(RuleContext context, TwilioCall call)
    {
        foreach (var value in call.Values)
        {
            if (value.Name == "attributes" && call.Resource == TwilioResource.EndUser)
            {
                CnamDisplayNameRule.Check(context, value.Operation);
                continue;
            }
            if (value.Name == "status")
            {
                CheckStatus(context, call, value.Operation);
                continue;
            }
            switch (value.Name)
            {
                case "channelEndpointType" when call.Action == TwilioAction.Create:
                    if (Known(context, value, out var type, out var typeNode)) ChannelEndpointTypeRule.Check(context, typeNode, type);
                    break;
                case "policySid":
                    if (Known(context, value, out var policy, out var policyNode))
                        PolicySidRules.Check(context, policyNode, policy, ExpectedKind(call.Resource), $"{call.Resource}.{call.Action}");
                    break;
                case "type" when call.Resource == TwilioResource.EndUser:
                    if (Known(context, value, out var endUserType, out var endUserNode)) EndUserTypeRule.Check(context, endUserNode, endUserType);
                    break;
                default:
                    if (SidFacts.ExpectedPrefixes(call.Resource, value.Name) is { } prefixes && Known(context, value, out var sid, out var sidNode))
                        SidRules.Check(context, sidNode, sid, prefixes, value.Name);
                    break;
            }
        }
    }

    // Values are resolved only for parameters a rule checks: most arguments (names, emails, clients) are not.
    private static bool Known(RuleContext context, TwilioValue value, out KnownValue known, out SyntaxNode node)
    {
        node = ConstantResolver.Unwrap(value.Operation).Syntax;
        var resolved = context.Resolve(value.Operation);
        known = resolved.GetValueOrDefault();
        return resolved is not null;
    }

    private static void CheckStatus(RuleContext context, TwilioCall call, IOperation operation)
    {
        if (call.Resource is not (TwilioResource.TrustProducts or TwilioResource.CustomerProfiles)) return;
        if (call.Action is not (TwilioAction.Update or TwilioAction.Read)) return;
        var value = ReadStatus(context, operation);
        if (value is null) return;
        StatusRule.Check(context, ConstantResolver.Unwrap(operation).Syntax, value.Value, isFilter: call.Action == TwilioAction.Read);
    }

    /// <summary>A status from a string (through StringEnum's implicit conversion) or a <c>StatusEnum.Member</c> field.</summary>
    public static KnownValue? ReadStatus(RuleContext context, IOperation operation)
    {
        if (ConstantResolver.Unwrap(operation) is IFieldReferenceOperation { Field: { IsStatic: true } field }
            && IsStringEnum(field.Type))
            return new KnownValue(StatusRule.FromEnumMemberName(field.Name), isLiteral: false);
        return context.Resolve(operation);
    }

    private static bool IsStringEnum(ITypeSymbol type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.Name == "StringEnum" && t.ContainingNamespace?.ToDisplayString() == "Twilio.Types") return true;
        }
        return false;
    }

    private static BundleKind? ExpectedKind(TwilioResource resource) => resource switch
    {
        TwilioResource.TrustProducts or TwilioResource.TrustProductsEvaluations => BundleKind.TrustProduct,
        TwilioResource.CustomerProfiles => BundleKind.CustomerProfile,
        _ => null,
    };
}
