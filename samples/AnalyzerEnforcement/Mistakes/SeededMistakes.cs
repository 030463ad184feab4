using Twilio.Rest.Trusthub.V1;
using Twilio.Rest.Trusthub.V1.TrustProducts;

namespace AnalyzerEnforcement;

// Seeded mistakes (compiled only with -p:SeedMistakes=true): each line marked TH10xx must fail a CI build.
public static class SeededMistakes
{
    public static async Task RunAsync(string productSid, string numberSid)
    {
        await TrustProductsResource.CreateAsync("Acme CNAM", "ops@example.com", "RNf3db3cd1fe25fcfd3c3ded065c8fea54"); // TH1001
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync(channelEndpointType: "phone_number", channelEndpointSid: numberSid, pathTrustProductSid: productSid); // TH1003
        await TrustProductsResource.UpdateAsync(new UpdateTrustProductsOptions(productSid) { Status = "pending_review" }); // TH1009
        _ = AnalyzerEnforcement.TrustHub.CnamDisplayName.Parse("1st Choice Plumbing & Heating"); // TH1007
    }
}
