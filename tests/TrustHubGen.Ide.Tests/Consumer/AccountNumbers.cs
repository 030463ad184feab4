using TrustHubGen.Sdk;

namespace Consumer;

/// <summary>Typed handles from the account snapshot (trusthub.snapshot.json): a number exists here only while it is on the profile.</summary>
public static class AccountNumbers
{
    public static PhoneNumberSid Support() => TrustHubAccount.Profiles.AcmePrimaryProfile.Numbers.SupportLine;
}
