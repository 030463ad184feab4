using TrustHubGen.Policies;

namespace TrustHubGen.Runtime.Snapshots;

/// <summary>
/// The type and country of a number from its E.164 form alone: Twilio's IncomingPhoneNumber carries neither.
/// NANP (+1) numbers are toll-free by area code (800, 833, 844, 855, 866, 877, 888) and otherwise "local", since
/// NANP mobile and landline numbers share area codes. Numbers outside +1 are "unknown" in type. The country is the rules
/// library's (<see cref="PhoneNumberFacts.CountryOf"/>: area code for +1, the E.164 calling-code table otherwise), the
/// same the analyzers and the snapshot reader's TH0215 check use; "" when it has none.
/// </summary>
internal static class NumberClassification
{
    public const string Local = "local";
    public const string TollFree = "toll-free";
    public const string Unknown = "unknown";

    public static (string Type, string Country) Classify(string e164)
    {
        if (PhoneNumberFacts.IsTollFree(e164)) return (TollFree, "US");
        var country = PhoneNumberFacts.CountryOf(e164) ?? "";
        return (e164.StartsWith("+1", System.StringComparison.Ordinal) && country.Length > 0 ? Local : Unknown, country);
    }
}
