using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// An account snapshot (the format `trusthub sync` writes) for the TH1004/TH1010 tests on every surface: the profile
/// carries Number, a toll-free and a Canadian number; OtherNumber is the account's but on no profile; Product is a CNAM
/// product and ShakenProduct a SHAKEN/STIR one.
/// </summary>
internal static class SnapshotFiles
{
    public const string TollFree = "PN4f0c2a9e1b7d46e38a5c90b2d1e7f364";
    public const string Canadian = "PN5e1d3b8f2a6c47d09b4e81a3c2f6e475";
    public const string ShakenProduct = "BU6a2e4c9d3b5f48e1ac3f72b4d3e5f586";
    public const string OtherProfile = "BU7b3f5d0e4c6a49f2bd4a63c5e4f6a697";

    // The profile carries Number only; OtherNumber is the account's but on no profile; Product is a CNAM product.
    public static readonly string Json = $$"""
        {
          "version": 1,
          "accountSid": "AC0123456789abcdef0123456789abcdef",
          "capturedAt": "2026-11-21T19:00:00Z",
          "businessProfiles": [
            { "sid": "{{Profile}}", "friendlyName": "Owl Industries", "status": "twilio-approved", "policySid": "{{Primary}}", "numbers": ["{{Number}}", "{{TollFree}}", "{{Canadian}}"] }
          ],
          "numbers": [
            { "sid": "{{Number}}", "phoneNumber": "+12125550100", "friendlyName": "Main line", "type": "local", "country": "US" },
            { "sid": "{{OtherNumber}}", "phoneNumber": "+12125550101", "friendlyName": null, "type": "local", "country": "US" },
            { "sid": "{{TollFree}}", "phoneNumber": "+18005550100", "friendlyName": null, "type": "toll-free", "country": "US" },
            { "sid": "{{Canadian}}", "phoneNumber": "+14165550100", "friendlyName": null, "type": "local", "country": "CA" }
          ],
          "trustProducts": [
            { "sid": "{{Product}}", "friendlyName": "Owl CNAM", "status": "draft", "policySid": "{{Cnam}}", "numbers": [], "entities": ["{{Profile}}"] },
            { "sid": "{{ShakenProduct}}", "friendlyName": "Owl SHAKEN", "status": "draft", "policySid": "{{Shaken}}", "numbers": [], "entities": ["{{Profile}}"] }
          ]
        }
        """;

    public static readonly TestAdditionalFile Snapshot = TestAdditionalFile.Snapshot("/repo/trusthub.snapshot.json", Json);
}
