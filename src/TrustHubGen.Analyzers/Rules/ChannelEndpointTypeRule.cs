using TrustHubGen.Analyzers.Diagnostics;
using TrustHubGen.Analyzers.Values;
using TrustHubGen.Policies;

namespace TrustHubGen.Analyzers.Rules;

/// <summary>TH1003: the only documented channel endpoint type is "phone-number".</summary>
internal static class ChannelEndpointTypeRule
{
    public const string PhoneNumber = ChannelEndpointRule.PhoneNumberType;

    public static void Check(RuleContext context, KnownValue value)
    {
        if (value.Text == PhoneNumber) return;
        context.Report(Reporter.WithReplacement(Descriptors.ChannelEndpointType, value, PhoneNumber, value.Text));
    }
}
