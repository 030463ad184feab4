using System.Linq;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// TH1012: a trust product set to "pending-review" in a method that makes an assignment to the same product later,
/// or that created the product with a known policy and has not yet made the entity assignments the policy requires.
/// </summary>
internal static class SubmissionOrderRule
{
    public static void Check(RuleContext context, MethodCalls method)
    {
        foreach (var update in method.Where(TwilioResource.TrustProducts, TwilioAction.Update))
        {
            var status = update.Find("status");
            if (status is null || StatusRule.Read(context, status) is not { Text: StatusRule.PendingReview } submitted) continue;
            var product = ValueKeys.Of(context, update.Find("pathSid"));
            if (product is null) continue;
            var problem = Problem(context, method, update, product);
            if (problem is not null)
                context.Report(Reporter.At(Descriptors.SubmittedBeforeAssignments, submitted, problem));
        }
    }

    private static string? Problem(RuleContext context, MethodCalls method, TwilioCall submit, string product)
    {
        var position = MethodCalls.Position(submit);
        // Plain loops and a count, no list: this runs for every submission, and on the clean path finds nothing.
        var made = 0;
        var uncounted = false;
        TwilioCall? laterEntity = null;
        // A submission not awaited on its own (`Task.WhenAll(assign, submit)`) runs at once with the calls started beside it.
        var together = ConcurrentCalls.Group(submit);
        foreach (var entity in method.Where(TwilioResource.TrustProductsEntityAssignments, TwilioAction.Create))
        {
            if (ValueKeys.Of(context, entity.Find("pathTrustProductSid")) != product) continue;
            if (together is not null && (ConcurrentCalls.IsIn(together, entity) || ConcurrentCalls.StartedBeforeAndPending(together, entity)))
                return $"Trust product {ValueKeys.Display(product)} is submitted for review together with its entity assignment on line {MethodCalls.Line(entity)}; they run at once, so the assignment may reach a bundle already in review: await every assignment first";
            if (MethodCalls.Position(entity) < position)
            {
                made++;
                // A loop over entities it cannot know (`foreach (var e in entities)`) makes any number of assignments.
                uncounted |= MethodCalls.IsInLoop(entity.Anchor) && context.Resolve(entity.Find("objectSid")) is null;
            }
            if (laterEntity is null && MethodCalls.Position(entity) > position) laterEntity = entity;
        }
        if (laterEntity is not null)
            return $"Trust product {ValueKeys.Display(product)} is submitted for review before its entity assignment on line {MethodCalls.Line(laterEntity)}; a bundle in review cannot be edited, so make every assignment first";
        // Assignments it cannot count (a loop as above, a lambda such as `entities.Select(e => …CreateAsync(product, e))`)
        // may be the required ones: stay silent rather than warn about a complete flow.
        if (uncounted || method.NestedHas(context, TwilioResource.TrustProductsEntityAssignments, TwilioAction.Create, "pathTrustProductSid", product))
            return null;

        var policy = method.PolicyOfProduct(context, product);
        if (policy is null) return null;
        if (policy.ChannelEndpoints is { AllowedAfterSubmission: false })
        {
            var laterNumber = method.Where(TwilioResource.TrustProductsChannelEndpointAssignment, TwilioAction.Create)
                .FirstOrDefault(c => MethodCalls.Position(c) > position && ValueKeys.Of(context, c.Find("pathTrustProductSid")) == product);
            if (laterNumber is not null)
                return $"Trust product {ValueKeys.Display(product)} is submitted for review before its phone number assignment on line {MethodCalls.Line(laterNumber)}; {MethodCalls.Describe(policy)} takes numbers only before submission";
        }
        var required = (policy.BusinessProfile is { Required: true } ? 1 : 0) + policy.EndUsers.Sum(e => e.Min) + policy.SupportingDocuments.Sum(d => d.Min);
        if (made >= required || ProductHandOffs.Before(context, submit, product)) return null;
        var parts = new System.Collections.Generic.List<string>();
        if (policy.BusinessProfile is { Required: true }) parts.Add("the Business Profile");
        parts.AddRange(policy.EndUsers.Where(e => e.Min > 0).Select(e => $"{e.Min} {e.Type} end user{(e.Min == 1 ? "" : "s")}"));
        parts.AddRange(policy.SupportingDocuments.Where(d => d.Min > 0).Select(d => $"{d.Min} {d.Type} document{(d.Min == 1 ? "" : "s")}"));
        return $"Trust product {ValueKeys.Display(product)} is submitted for review after {made} of the {required} entity assignments {MethodCalls.Describe(policy)} requires ({string.Join(", ", parts)}); assign them before setting \"pending-review\"";
    }
}
