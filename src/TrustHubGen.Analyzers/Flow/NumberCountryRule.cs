using System.Linq;
using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Model;
using TrustHubGen.Analyzers.Rules;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Flow;

/// <summary>
/// TH1010 without an account snapshot: a number looked up by its E.164 literal (<c>IncomingPhoneNumberResource.Read(phoneNumber: …)</c>)
/// in a method that creates a trust product whose policy does not accept that number (CNAM: US only, no toll-free).
/// </summary>
internal static class NumberCountryRule
{
    public static void Check(RuleContext context, MethodCalls method)
    {
        var products = method.ProductPolicies(context).Where(p => p.ChannelEndpoints is not null).ToList();
        if (products.Count == 0) return;
        foreach (var lookup in method.Where(TwilioResource.IncomingPhoneNumber, TwilioAction.Read))
        {
            var number = lookup.Find("phoneNumber");
            if (context.Resolve(number) is not { } e164 || !PhoneNumberFacts.IsE164(e164.Text)) continue;
            foreach (var policy in products)
            {
                var problem = PhoneNumberFacts.CheckChannelEndpoint(policy.ChannelEndpoints!, e164.Text);
                if (problem is null) continue;
                context.Report(Reporter.Create(Descriptors.NumberCannotCarryProduct, ConstantResolver.Unwrap(number!).Syntax,
                    $"Phone number {e164.Text} cannot carry {MethodCalls.Describe(policy)}, created in this method: {problem}"));
                break;
            }
        }
    }
}
