using AnalyzerEnforcement.TrustHub;
using TrustHubGen.Runtime;
using Twilio.Rest.Trusthub.V1;
using Twilio.Rest.Trusthub.V1.TrustProducts;

namespace AnalyzerEnforcement;

// Seeded mistakes (compiled only with -p:SeedMistakes=true): each line marked TH10xx must fail a CI build, on both
// surfaces: Twilio's own C# library and the SDK this project generates.
public static class SeededMistakes
{
    public static async Task TwilioLibraryAsync(string productSid, string numberSid)
    {
        await TrustProductsResource.CreateAsync("Acme CNAM", "ops@example.com", "RNf3db3cd1fe25fcfd3c3ded065c8fea54"); // TH1001
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync(channelEndpointType: "phone_number", channelEndpointSid: numberSid, pathTrustProductSid: productSid); // TH1003
        await TrustProductsResource.UpdateAsync(new UpdateTrustProductsOptions(productSid) { Status = "pending_review" }); // TH1009
        await EndUserResource.CreateAsync("cnam", "cnam_information", new { cnam_display_name = "1st Choice Plumbing & Heating" }); // TH1007
        var cnam = await TrustProductsResource.CreateAsync(new CreateTrustProductsOptions("Acme CNAM", "ops@example.com", "RNf3db3cd1fe25fcfd3c3ded065c8fea53"));
        await TrustProductsResource.UpdateAsync(cnam.Sid, status: "pending-review"); // TH1012
    }

    public static async Task GeneratedSdkAsync(TrustHubClient trustHub, CustomerProfileSid profile)
    {
        var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme CNAM", Email = "ops@example.com", PolicySid = TrustProductPolicySid.Parse("RNf3db3cd1fe25fcfd3c3ded065c8fea54") }); // TH1001
        await trustHub.TrustProducts.ChannelEndpointAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest { ChannelEndpointType = "phone_number", ChannelEndpointSid = PhoneNumberSid.Parse("PN0123456789abcdef0123456789abcdef") }); // TH1003
        await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest { FriendlyName = "cnam", Type = "cnam_information", Attributes = TwilioJsonValue.FromJson("{\"cnam_display_name\":\"1st Choice Plumbing & Heating\"}") }); // TH1007
        _ = CnamDisplayName.Parse("1st Choice Plumbing & Heating"); // TH1007
        var cnam = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme CNAM", Email = "ops@example.com", PolicySid = PolicyCatalog.Cnam.Sid });
        await trustHub.TrustProducts.UpdateAsync(cnam.Sid!.Value, new UpdateTrustProductRequest { Status = TrustProductStatus.PendingReview }); // TH1012
        _ = TrustHub.CnamOnboarding.For(profile).WithPhoneNumbers(TrustHubGen.Runtime.Onboarding.E164Number.Parse("+18005550100")); // TH1010
    }
}
