using Twilio.Rest.Trusthub.V1;
using Twilio.Rest.Trusthub.V1.TrustProducts;

namespace AnalyzerEnforcement;

/// <summary>CNAM onboarding written the way Twilio's docs show it, with every value right: the analyzers stay silent.</summary>
public static class CnamOnboarding
{
    private const string CnamPolicySid = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";

    /// <summary>Creates a CNAM trust product, assigns a number to it and submits it for review.</summary>
    public static async Task<string> SubmitAsync(string productSid, string numberSid)
    {
        var product = await TrustProductsResource.CreateAsync(friendlyName: "Acme CNAM", email: "ops@example.com", policySid: CnamPolicySid);
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync(
            channelEndpointSid: numberSid, channelEndpointType: "phone-number", pathTrustProductSid: productSid);
        var submit = new UpdateTrustProductsOptions(productSid) { Status = "pending-review" };
        await TrustProductsResource.UpdateAsync(submit);
        return product.Sid;
    }
}
