using Twilio.Rest.Trusthub.V1;

namespace Sample;

public static class Onboarding
{
    public static void CreateCnamProduct()
    {
        // Seeded mistake: the CNAM policy SID with its last digit mistyped (TH1001, a warning by default).
        TrustProductsResource.Create("CNAM", "ops@example.com", "RNf3db3cd1fe25fcfd3c3ded065c8fea54");
    }
}
