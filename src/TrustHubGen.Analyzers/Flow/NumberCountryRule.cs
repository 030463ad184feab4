using System.Linq;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// TH1010: a number the product's policy does not accept (CNAM: US only, no toll-free), or not an E.164 number at all. From a literal: a number looked
/// up by its E.164 (<c>IncomingPhoneNumberResource.Read(phoneNumber: …)</c>) in a method that creates such a product.
/// From the account snapshot: a <c>PN…</c> the snapshot lists, assigned to a product whose policy is known (created in
/// this method, or listed in the snapshot).
/// </summary>
internal static class NumberCountryRule
{
    public static void Check(RuleContext context, MethodCalls method)
    {
        CheckLookups(context, method);
        if (context.Snapshot is not null && method.Has(TwilioResource.TrustProductsChannelEndpointAssignment, TwilioAction.Create))
            CheckSnapshotNumbers(context, method);
    }

    private static void CheckLookups(RuleContext context, MethodCalls method)
    {
        if (!method.Has(TwilioResource.IncomingPhoneNumber, TwilioAction.Read)) return;
        var products = method.ProductPolicies(context).Where(p => p.ChannelEndpoints is not null).ToList();
        if (products.Count == 0) return;
        foreach (var lookup in method.Where(TwilioResource.IncomingPhoneNumber, TwilioAction.Read))
        {
            var number = lookup.Find("phoneNumber");
            // A malformed number is refused too (the library's E.164 problem), as the engine and the emulator refuse it.
            if (context.Resolve(number) is not { } e164) continue;
            foreach (var policy in products)
            {
                var problem = PhoneNumberFacts.CheckChannelEndpoint(policy.ChannelEndpoints!, e164.Text);
                if (problem is null) continue;
                context.Report(Reporter.At(Descriptors.NumberCannotCarryProduct, e164,
                    $"Phone number {e164.Text} cannot carry {MethodCalls.Describe(policy)}, created in this method: {problem}"));
                break;
            }
        }
    }

    private static void CheckSnapshotNumbers(RuleContext context, MethodCalls method)
    {
        var snapshot = context.Snapshot!;
        foreach (var assignment in method.Where(TwilioResource.TrustProductsChannelEndpointAssignment, TwilioAction.Create))
        {
            var numberOperation = assignment.Find("channelEndpointSid");
            if (context.Resolve(numberOperation) is not { } sid || snapshot.Number(sid.Text) is not { } number) continue;
            if (!PhoneNumberFacts.IsE164(number.PhoneNumber)) continue;
            var productKey = ValueKeys.Of(context, assignment.Find("pathTrustProductSid"));
            var policy = method.PolicyOfProduct(context, productKey) ?? SnapshotPolicy(context, productKey);
            if (policy?.ChannelEndpoints is not { } endpoints) continue;
            var problem = PhoneNumberFacts.CheckChannelEndpoint(endpoints, number.PhoneNumber);
            if (problem is null) continue;
            context.Report(Reporter.At(Descriptors.NumberCannotCarryProduct, sid,
                $"Phone number {sid.Text} ({number.PhoneNumber}, {number.Type} per the account snapshot captured {snapshot.CapturedAt}) cannot carry {MethodCalls.Describe(policy)}: {problem}"));
        }
    }

    private static PolicyDefinition? SnapshotPolicy(RuleContext context, string? productKey)
    {
        if (productKey is null || !ValueKeys.IsConstant(productKey)) return null;
        return context.Snapshot!.TrustProduct(productKey.Substring(2)) is { } product ? context.Policies.Find(product.PolicySid) : null;
    }
}
