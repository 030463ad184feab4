namespace TrustHubGen.Analyzers.Tests.Infrastructure;

/// <summary>Test sources shaped like our generated SDK's surface (contract C1), declared here so the tests need no generator run.</summary>
internal static class SdkShapes
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using TrustHubGen.Runtime.Onboarding;
        using TrustHubGen.Sdk;

        """;

    /// <summary>
    /// Generated attribute value types carrying the runtime's marker (<c>TrustHubGen.Runtime.Onboarding.PolicyAttributeValueAttribute</c>,
    /// contract C1). One type has a name that says nothing, and one look-alike has no marker: the analyzers must go by the marker alone.
    /// </summary>
    public const string AttributeValueTypes = """
        namespace TrustHubGen.Sdk
        {
            using TrustHubGen.Runtime.Onboarding;

            [PolicyAttributeValue("RNf3db3cd1fe25fcfd3c3ded065c8fea53", "cnam_information", "cnam_display_name")]
            public readonly struct CnamDisplayName
            {
                public string Value => "";
                public static CnamDisplayName Parse(string value) => default;
                public static bool TryParse(string? value, out CnamDisplayName result, out string? error) { result = default; error = null; return true; }
            }

            [PolicyAttributeValue("RN6433641899984f951173ef1738c3bdd0", "customer_profile_business_information", "business_identity")]
            public readonly struct Value17
            {
                public string Value => "";
                public static Value17 Parse(string value) => default;
                public static bool TryParse(string? value, out Value17 result, out string? error) { result = default; error = null; return true; }
            }

            [PolicyAttributeValue("RN6433641899984f951173ef1738c3bdd0", "authorized_representative_1", "email")]
            public readonly struct RepresentativeEmail
            {
                public string Value => "";
                public static RepresentativeEmail Parse(string value) => default;
            }

            [PolicyAttributeValue("RN00000000000000000000000000000001", "cnam_information", "cnam_display_name")]
            public readonly struct UnknownPolicyName
            {
                public static UnknownPolicyName Parse(string value) => default;
            }

            public readonly struct BusinessIdentity
            {
                public static BusinessIdentity Parse(string value) => default;
            }
        }
        """;

    /// <summary>Wraps statements in a method, after the usual usings (without TrustHubGen.Sdk, which only <see cref="AttributeValueTypes"/> declares).</summary>
    public static string OnboardingMethod(string statements) => Method(statements).Replace("using TrustHubGen.Sdk;\n", "");

    /// <summary>Wraps statements in a method, after the usual usings.</summary>
    public static string Method(string statements) => Usings + """
        public static class Uses
        {
            public static void Run(string input)
            {
        """ + "\n" + statements + "\n" + """
            }
        }
        """;
}
