using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Runtime.Snapshots;

/// <summary>
/// The type and country of a number from its E.164 form alone: Twilio's IncomingPhoneNumber carries neither.
/// NANP (+1) numbers are toll-free by area code (800, 833, 844, 855, 866, 877, 888) and otherwise "local", since
/// NANP mobile and landline numbers share area codes; their country comes from the area code (US, CA, or another
/// NANP member). Numbers outside +1 are "unknown" with no country: the snapshot never guesses.
/// </summary>
internal static class NumberClassification
{
    public const string Local = "local";
    public const string TollFree = "toll-free";
    public const string Unknown = "unknown";

    public static (string Type, string Country) Classify(string e164)
    {
        if (NanpNumbers.IsTollFree(e164)) return (TollFree, "US");
        var country = NanpNumbers.CountryOf(e164);
        return country is null ? (Unknown, "") : (Local, country);
    }
}
