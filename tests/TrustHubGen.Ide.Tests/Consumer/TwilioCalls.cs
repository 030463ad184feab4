using Twilio;
using Twilio.Rest.Trusthub.V1;
using Twilio.Rest.Trusthub.V1.CustomerProfiles;
using Twilio.Rest.Trusthub.V1.TrustProducts;

namespace Consumer;

/// <summary>Calls into Twilio's own library, written right; the tests type the classic mistakes into them.</summary>
public static class TwilioCalls
{
    private const string ProductSid = "BU8e0f3c4d5a6b7c8d9e0f1a2b3c4d5e6f";
    private const string ProfileSid = "BU3f1c2e5d7a9b4c6e8f0a1b2c3d4e5f60";
    private const string NumberSid = "PN4a5b6c7d8e9f00112233445566778899";

    public static void Init() =>
        TwilioClient.Init("AC0f1e2d3c4b5a69788796a5b4c3d2e1f0", Environment.GetEnvironmentVariable("TWILIO_AUTH_TOKEN"));

    public static void CreateCnamProduct() =>
        TrustProductsResource.Create("Acme CNAM", "ops@acme.example", "RNf3db3cd1fe25fcfd3c3ded065c8fea53");

    public static void AssignNumber() =>
        TrustProductsChannelEndpointAssignmentResource.Create(ProductSid, "phone-number", NumberSid);

    public static void PutNumberOnProfileThenProduct()
    {
        CustomerProfilesChannelEndpointAssignmentResource.Create(ProfileSid, "phone-number", "PN4a5b6c7d8e9f00112233445566778899");
        TrustProductsChannelEndpointAssignmentResource.Create(ProductSid, "phone-number", "PN4a5b6c7d8e9f00112233445566778899");
    }
}
