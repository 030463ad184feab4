using AnalyzerEnforcement.TrustHub;

namespace AnalyzerEnforcement;

/// <summary>The same CNAM onboarding on the SDK this project generates, every value right: the analyzers stay silent.</summary>
public static class SdkOnboarding
{
    /// <summary>Puts a number on the profile, creates the CNAM product with its entities and number, and submits it.</summary>
    public static async Task<TrustProductSid> SubmitAsync(TrustHubClient trustHub, CustomerProfileSid profile, PhoneNumberSid number)
    {
        await trustHub.CustomerProfiles.ChannelEndpointAssignments(profile).CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest
        {
            ChannelEndpointType = "phone-number",
            ChannelEndpointSid = number,
        });
        var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest
        {
            FriendlyName = "Acme CNAM",
            Email = "ops@example.com",
            PolicySid = PolicyCatalog.Cnam.Sid,
        });
        var productSid = product.Sid!.Value;
        var endUser = await trustHub.EndUsers.CreateAsync(new CreateEndUserRequest
        {
            FriendlyName = "Acme CNAM",
            Type = "cnam_information",
            Attributes = TrustHubGen.Runtime.TwilioJsonValue.FromJson("{\"cnam_display_name\":\"Acme Widgets\"}"),
        });
        var entities = trustHub.TrustProducts.EntityAssignments(productSid);
        await entities.CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = profile });
        await entities.CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = endUser.Sid!.Value });
        await trustHub.TrustProducts.ChannelEndpointAssignments(productSid).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest
        {
            ChannelEndpointType = "phone-number",
            ChannelEndpointSid = number,
        });
        await trustHub.TrustProducts.UpdateAsync(productSid, new UpdateTrustProductRequest { Status = TrustProductStatus.PendingReview });
        return productSid;
    }
}
