using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Sdk;

// The generated SDK as a user meets it: the tests complete, hover and go to definition here.
var profile = CustomerProfileSid.Parse("BU3f1c2e5d7a9b4c6e8f0a1b2c3d4e5f60");
var pipeline = CnamOnboarding.For(profile)
    .WithNumbers(TrustHubAccount.Profiles.AcmePrimaryProfile.Numbers.MainLine)
    .WithCnamInformation(CnamDisplayName.Parse("Acme Widgets"))
    .NotifyEmail("ops@acme.example", statusCallback: null);
Console.WriteLine(pipeline);
// NEXT STEP

static string NotifiedAt(CreateTrustProductRequest request) => request.Email;
