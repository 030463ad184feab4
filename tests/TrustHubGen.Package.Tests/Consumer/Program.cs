using System.Text;
using Consumer.TrustHub;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

// A user's program, built against the packed TrustHubGen package only. It exercises the generated SDK end to end
// through a fake transport (no network): typed SIDs, required request members, form encoding, JSON reading,
// enums with unknown values, the policy catalog (packaged policies plus this project's own branded-calling.json).
var transport = new RecordingTransport();
var client = new TrustHubClient(transport);

var product = await client.TrustProducts.CreateAsync(new CreateTrustProductRequest
{
    FriendlyName = "Acme CNAM",
    Email = "ops@acme.example",
    PolicySid = PolicyCatalog.Cnam.Sid,
});
Check(transport.LastForm == "FriendlyName=Acme%20CNAM&Email=ops%40acme.example&PolicySid=RNf3db3cd1fe25fcfd3c3ded065c8fea53",
    $"unset StatusCallback must be omitted, got {transport.LastForm}");
Check(product.Status == TrustProductStatus.Draft, "status read from JSON");
Check(product.Sid == TrustProductSid.Parse("BU3f1c2e5d7a9b4c6e8f0a1b2c3d4e5f60"), "sid read as TrustProductSid");

transport.NextBody = transport.NextBody.Replace("\"draft\"", "\"in-review-by-a-human\"");
var unknown = await client.TrustProducts.FetchAsync(product.Sid!.Value);
Check(unknown.Status?.Value == "in-review-by-a-human" && unknown.Status?.IsKnown == false, "an unknown status is kept");

try
{
    // The analyzers flag this placeholder at compile time (TH1005); suppressed here to prove the run-time check too.
#pragma warning disable TH1005
    PhoneNumberSid.Parse("YOUR_PHONE_NUMBER_SID");
#pragma warning restore TH1005
    Check(false, "a placeholder SID must not parse");
}
catch (FormatException e) when (e.Message.Contains("PhoneNumberSid", StringComparison.Ordinal)) { }

Check(PolicyCatalog.BrandedCalling.SidValue == "RN0123456789abcdef0123456789abcdef", "a user policy file extends the catalog");
Check(PolicyCatalog.AllSids.Contains(PolicyCatalog.ShakenStir.SidValue), "packaged policies are in the catalog");
Check(IsCnamInformation("cnam_information"), "a packaged policy's constants are constants");
Check(PolicyCatalog.BrandedCalling.Definition.Sid == PolicyCatalog.BrandedCalling.SidValue && PolicyCatalog.Cnam.OnboardingPolicy.Sid == PolicyCatalog.Cnam.SidValue, "definitions and engine policies");

// A packaged policy's pipeline and the project's own, one run: the engine's request names both policies.
var profile = CustomerProfileSid.Parse("BU0123456789abcdef0123456789abcdef");
var onboarding = BrandedCallingOnboarding.For(profile).WithPhoneNumbers(E164Number.Parse("+12125550100"))
    .AndCnam(CnamDisplayName.Parse("Acme Plumbing")).NotifyEmail("ops@acme.example");
Check(onboarding.Request.Policies.Select(p => p.Sid).SequenceEqual([PolicyCatalog.BrandedCalling.SidValue, PolicyCatalog.Cnam.SidValue]), "both pipelines' policies in one request");
var cnam = CnamOnboarding.For(profile).WithPhoneNumbers(E164Number.Parse("+12125550100")).WithCnamInformation(CnamDisplayName.Parse("Acme Plumbing")).NotifyEmail("ops@acme.example");
Check(cnam.Request.EndUserAttributes["cnam_information"]["cnam_display_name"] == "Acme Plumbing", "the packaged pipeline's end user");

Console.WriteLine("SDK OK");
return 0;

static bool IsCnamInformation(string type) => type switch { PolicyCatalog.Cnam.EndUsers.CnamInformation.Type => true, _ => false };

static void Check(bool condition, string what)
{
    if (!condition) throw new InvalidOperationException("Consumer check failed: " + what);
}

sealed class RecordingTransport : ITwilioTransport
{
    public string? LastForm { get; private set; }

    public string NextBody { get; set; } = """
        {"sid":"BU3f1c2e5d7a9b4c6e8f0a1b2c3d4e5f60","account_sid":"AC9a8b7c6d5e4f30211f2e3d4c5b6a7980",
         "policy_sid":"RNf3db3cd1fe25fcfd3c3ded065c8fea53","friendly_name":"Acme CNAM","status":"draft",
         "email":"ops@acme.example","status_callback":null,"valid_until":null,"date_created":"2026-01-02T03:04:05Z",
         "date_updated":"2026-01-02T03:04:05Z","url":"https://trusthub.twilio.com/v1/TrustProducts/BU3f1c2e5d7a9b4c6e8f0a1b2c3d4e5f60",
         "links":{},"errors":null,"a_field_twilio_added_later":{"nested":[1,2,3]}}
        """;

    public Task<TwilioResponse> SendAsync(TwilioRequest request, CancellationToken cancellationToken)
    {
        LastForm = request.Form?.ToUrlEncoded();
        return Task.FromResult(new TwilioResponse(200, Encoding.UTF8.GetBytes(NextBody), new Uri("https://trusthub.twilio.com" + request.Path)));
    }
}
