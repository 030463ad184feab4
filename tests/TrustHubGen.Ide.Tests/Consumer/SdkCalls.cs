using TrustHubGen.Sdk;

namespace Consumer;

/// <summary>Values entering our generated SDK as strings, written right; the tests type the classic mistakes into them.</summary>
public static class SdkCalls
{
    public static CnamDisplayName DisplayName() => CnamDisplayName.Parse("Acme Widgets");

    public static PhoneNumberSid Number() => PhoneNumberSid.Parse("PN4a5b6c7d8e9f00112233445566778899");
}
