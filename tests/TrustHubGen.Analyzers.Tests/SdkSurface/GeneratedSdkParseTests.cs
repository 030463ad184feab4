using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;
using Surface = TrustHubGen.Analyzers.Tests.Infrastructure.SdkSources;

namespace TrustHubGen.Analyzers.Tests.SdkSurface;

/// <summary>
/// The string entry points of the SDK our generator emits (compiled from the official spec and the shipped policies):
/// SID types' <c>Parse</c> (TH1005, TH1006, TH1001) and the attribute value types' <c>Parse</c>/<c>TryParse</c> (TH1007,
/// TH1013), recognised by their marker only.
/// </summary>
public sealed class GeneratedSdkParseTests
{
    [Fact]
    public Task Sid_types_malformed_wrong_prefix_and_unknown_policy() => new TrustHubTest
    {
        TestCode = Surface.Method($$"""
            var a = TwilioSid.Parse({|TH1005:"YOUR_PHONE_NUMBER_SID"|});
            var b = PhoneNumberSid.Parse({|#0:"PN123"|});
            var c = PhoneNumberSid.Parse({|#1:"{{Profile}}"|});
            var d = PolicySid.Parse({|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea54"|});
            var e = CustomerProfileSid.Parse({|TH1006:"{{EndUser}}"|});
            """),
        ExpectedDiagnostics =
        {
            Diagnostic("TH1005").WithLocation(0).WithMessage("\"PN123\" is not a valid phone number SID: a SID has 34 characters (two letters and 32 hex digits), this has 5"),
            Diagnostic("TH1006").WithLocation(1).WithMessage($"\"{Profile}\" is a Business Profile or trust product SID (BU…), but PhoneNumberSid.Parse takes a phone number (PN…) SID"),
        },
    }.WithGeneratedSdk().RunAsync();

    [Fact]
    public Task Values_chosen_in_the_call_are_checked_branch_by_branch() => new TrustHubTest
    {
        TestCode = Surface.Method($$"""
            var flag = Console.ReadLine() == "y";
            var a = PolicySid.Parse(flag ? PolicyCatalog.Cnam.SidValue : {|TH1001:"RNf3db3cd1fe25fcfd3c3ded065c8fea54"|});
            var b = PhoneNumberSid.Parse(Environment.GetEnvironmentVariable("NUMBER_SID") ?? {|TH1005:"YOUR_PHONE_NUMBER_SID"|});
            var c = CnamDisplayName.Parse(flag ? "Acme" : {|TH1007:"Acme Plumbing Services"|});
            var d = CnamDisplayName.Parse(flag ? "Acme" : Console.ReadLine()!);
            """),
    }.WithGeneratedSdk().RunAsync();

    [Fact]
    public Task Valid_sids_catalog_values_and_other_parse_methods_are_silent() => new TrustHubTest
    {
        TestCode = Surface.Method($$"""
            var a = TwilioSid.Parse("{{Profile}}");
            var b = PhoneNumberSid.Parse("{{Number}}");
            var c = PolicySid.Parse(PolicyCatalog.Cnam.SidValue);
            var d = int.Parse("12");
            var e = TrustProductSid.Parse(Console.ReadLine()!);
            """),
    }.WithGeneratedSdk().RunAsync();

    [Fact]
    public Task Attribute_value_types_parse_and_try_parse() => new TrustHubTest
    {
        TestCode = Surface.Method("""
            var a = CnamDisplayName.Parse({|#0:"Acme Plumbing Services"|});
            CnamDisplayName.TryParse({|TH1007:"1st Choice"|}, out var b, out var error);
            var c = PrimaryBusinessProfileBusinessIdentity.Parse({|#1:"Direct_Customer"|});
            SecondaryBusinessProfileBusinessIdentity.TryParse(value: {|TH1013:"reseller"|}, result: out var d, error: out _);
            var e = PrimaryBusinessProfileAuthorizedRepresentative1Email.Parse({|TH1013:"ops.example.com"|});
            const string city = "Texas";
            var f = CnamDisplayName.Parse({|TH1007:city|});
            var g = CnamDisplayName.Parse({|TH1007:$"{Names.Short} & Sons"|});
            """) + """
            public static class Names
            {
                public const string Short = "Acme";
            }
            """,
        ExpectedDiagnostics =
        {
            Diagnostic("TH1007").WithLocation(0).WithMessage("cnam_display_name \"Acme Plumbing Services\" has 22 characters; at most 15 are allowed. cnam_display_name: The caller name carriers show for the number: at most 15 characters, begins with a letter, only ASCII letters (no accents), digits, periods, commas and spaces, unique to the business (not a generic city or state name, which is what carriers show when no name is set). (\"Acme Plumbing\" would be valid)"),
            Diagnostic("TH1013").WithLocation(1).WithMessage("PrimaryBusinessProfileBusinessIdentity.Parse: business_identity \"Direct_Customer\" is not an accepted value; use one of \"direct_customer\", \"isv_reseller_or_partner\", \"unknown\" (exact spelling); did you mean \"direct_customer\"?"),
        },
    }.WithGeneratedSdk().RunAsync();

    [Fact]
    public Task Valid_and_unknown_attribute_values_are_silent() => new TrustHubTest
    {
        TestCode = Surface.Method("""
            var a = CnamDisplayName.Parse("Acme Plumbing");
            CnamDisplayName.TryParse(Console.ReadLine(), out var c, out _);
            var d = PrimaryBusinessProfileBusinessIdentity.Parse("isv_reseller_or_partner");
            var e = PrimaryBusinessProfileAuthorizedRepresentative1Email.Parse("ops@example.com");
            """),
    }.WithGeneratedSdk().RunAsync();

    // The analyzers go by the [PolicyAttributeValue] marker alone: a type whose name says nothing is checked, a look-alike
    // without the marker is not, and a marker naming a policy the build does not know checks nothing.
    [Fact]
    public Task Attribute_value_types_are_recognised_by_their_marker_only() => VerifySourcesAsync([
        SdkShapes.Method("""
            var c = Value17.Parse({|TH1013:"Direct_Customer"|});
            var f = UnknownPolicyName.Parse("1st Choice Plumbing & Heating");
            var g = BusinessIdentity.Parse("Direct_Customer");
            """),
        SdkShapes.AttributeValueTypes]);

    [Fact]
    public Task Fix_all_corrects_every_cnam_name() => new TrustHubTest
    {
        TestCode = Surface.Method("""
            var a = CnamDisplayName.Parse({|TH1007:"Acme Plumbing Services"|});
            CnamDisplayName.TryParse({|TH1007:"1st Choice"|}, out var b, out _);
            """),
        FixedCode = Surface.Method("""
            var a = CnamDisplayName.Parse("Acme Plumbing");
            CnamDisplayName.TryParse("st Choice", out var b, out _);
            """),
    }.WithGeneratedSdk().RunAsync();

    [Fact]
    public Task Fix_writes_the_allowed_value_in_its_exact_spelling() => new TrustHubTest
    {
        TestCode = Surface.Method("""var c = PrimaryBusinessProfileBusinessIdentity.Parse({|TH1013:"DIRECT_CUSTOMER"|});"""),
        FixedCode = Surface.Method("""var c = PrimaryBusinessProfileBusinessIdentity.Parse("direct_customer");"""),
    }.WithGeneratedSdk().RunAsync();
}
