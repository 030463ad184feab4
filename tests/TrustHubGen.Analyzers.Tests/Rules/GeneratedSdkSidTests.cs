using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>Surface 2: SID parsing from literals in our generated SDK (TwilioSid and generated …Sid types).</summary>
public sealed class GeneratedSdkSidTests
{
    // The shape a generated SID type has: a readonly struct named …Sid implementing ITwilioSid, with its prefix as a constant.
    private const string GeneratedSids = """
        using TrustHubGen.Runtime;
        namespace TrustHubGen.Sdk
        {
            public readonly struct PhoneNumberSid : ITwilioSid
            {
                public const string Prefix = "PN";
                public string Value => "";
                public static PhoneNumberSid Parse(string value) => default;
            }
            public readonly struct PolicySid : ITwilioSid
            {
                public const string Prefix = "RN";
                public string Value => "";
                public static PolicySid Parse(string value) => default;
            }
            public readonly struct NotASid
            {
                public static NotASid Parse(string value) => default;
            }
        }
        """;

    [Fact]
    public Task Malformed_wrong_prefix_and_unknown_policy() => AnalyzerVerifier.VerifyAsync(new[]
    {
        $$"""
        using TrustHubGen.Runtime;
        using TrustHubGen.Sdk;
        public static class Uses
        {
            public static void Run()
            {
                var a = TwilioSid.Parse({|TH1005:"YOUR_PHONE_NUMBER_SID"|});
                var b = PhoneNumberSid.Parse({|TH1005:"PN123"|});
                var c = PhoneNumberSid.Parse({|TH1006:"{{Profile}}"|});
                var d = PolicySid.Parse({|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea54"|});
            }
        }
        """,
        GeneratedSids,
    });

    [Fact]
    public Task Valid_values_and_other_parse_methods_are_silent() => AnalyzerVerifier.VerifyAsync(new[]
    {
        $$"""
        using TrustHubGen.Runtime;
        using TrustHubGen.Sdk;
        public static class Uses
        {
            public static void Run()
            {
                var a = TwilioSid.Parse("{{Profile}}");
                var b = PhoneNumberSid.Parse("{{Number}}");
                var c = PolicySid.Parse("{{Cnam}}");
                var d = NotASid.Parse("nonsense");
                var e = int.Parse("12");
            }
        }
        """,
        GeneratedSids,
    });
}
