using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Policies;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// TH1002 for the Business Profile of a trust product: in a method that also creates a trust product (or assigns an
/// entity to one), a customer profile created with the Starter policy, or with a policy the product's policy does not
/// accept as its Business Profile.
/// </summary>
internal static class ProfilePolicyRule
{
    public static void Check(RuleContext context, MethodCalls method)
    {
        if (!method.Has(TwilioResource.CustomerProfiles, TwilioAction.Create)) return;
        var makesProduct = method.Has(TwilioResource.TrustProducts, TwilioAction.Create)
            || method.Has(TwilioResource.TrustProductsEntityAssignments, TwilioAction.Create);
        if (!makesProduct) return;
        var productPolicies = method.ProductPolicies(context);
        var accepted = new List<string>();
        foreach (var policy in productPolicies)
        {
            if (policy.BusinessProfile?.AcceptedPolicySids is not { } sids) continue;
            foreach (var sid in sids)
            {
                if (!accepted.Contains(sid)) accepted.Add(sid);
            }
        }

        foreach (var create in method.Where(TwilioResource.CustomerProfiles, TwilioAction.Create))
        {
            var policySid = create.Find("policySid");
            if (context.Resolve(policySid) is not { } value) continue;
            var isStarter = value.Text == KnownPolicies.StarterProfileSid;
            if (!isStarter && (accepted.Count == 0 || accepted.Contains(value.Text))) continue;
            if (!isStarter && context.Policies.Find(value.Text) is not { Kind: BundleKind.CustomerProfile }) continue;
            var because = isStarter
                ? $"The Starter profile policy ({value.Text}) cannot make the primary Business Profile the trust product in this method needs; use a Business Profile policy"
                : $"The trust product in this method ({string.Join(", ", productPolicies.Select(KnownPolicies.Describe))}) does not accept a Business Profile made with {value.Text}";
            // Only profiles the product takes: offering one it does not would write the same mistake.
            var right = accepted.Count == 0
                ? context.Policies.OfKind(BundleKind.CustomerProfile)
                : context.Policies.OfKind(BundleKind.CustomerProfile).Where(p => accepted.Contains(p.Sid));
            PolicySidRules.ReportWrongKind(context, value, value.Text,
                BundleKind.CustomerProfile, BundleKind.CustomerProfile, "CustomerProfiles.Create", because, right);
        }
    }
}
