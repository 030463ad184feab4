using System.Linq;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// TH1008 (not accepted): within one method, an end user created with a known type and assigned to a trust product the
/// method created with a known policy that does not take that type (a CNAM end user on SHAKEN/STIR).
/// </summary>
internal static class EndUserAcceptanceRule
{
    public static void Check(RuleContext context, MethodCalls method)
    {
        if (!method.Has(TwilioResource.EndUser, TwilioAction.Create) || !method.Has(TwilioResource.TrustProductsEntityAssignments, TwilioAction.Create)) return;
        foreach (var endUser in method.Where(TwilioResource.EndUser, TwilioAction.Create))
        {
            var typeOperation = endUser.Find("type");
            var endUserKey = ValueKeys.OfCreatedResource(endUser.Anchor);
            if (endUserKey is null || context.Resolve(typeOperation) is not { } type || !EndUserTypeRule.IsKnown(context, type.Text)) continue;
            foreach (var assignment in method.Where(TwilioResource.TrustProductsEntityAssignments, TwilioAction.Create))
            {
                if (ValueKeys.Of(context, assignment.Find("objectSid")) != endUserKey) continue;
                var policy = method.PolicyOfProduct(context, ValueKeys.Of(context, assignment.Find("pathTrustProductSid")));
                if (policy is null || policy.EndUsers.Any(e => e.Type == type.Text)) continue;
                var accepted = policy.EndUsers.Count == 0 ? "no end users" : "only " + string.Join(", ", policy.EndUsers.Select(e => $"\"{e.Type}\""));
                context.Report(Reporter.At(Descriptors.EndUserType, type,
                    $"End-user type \"{type.Text}\" is not accepted by {MethodCalls.Describe(policy)}, which takes {accepted}; this end user is assigned to that product on line {MethodCalls.Line(assignment)}"));
                break;
            }
        }
    }
}
