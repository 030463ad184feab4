using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.SdkSources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1013AttributeValueTests
{
    [Fact]
    public Task Values_outside_the_allowed_list_or_form() => AnalyzerVerifier.VerifyAsync(new[]
    {
        Method("""
            var identity = Value17.Parse({|TH1013:"DIRECT_CUSTOMER"|});
            var email = RepresentativeEmail.Parse({|TH1013:"someone at example.com"|});
            var request = new OnboardingRequest
            {
                BusinessProfileSid = "BU0123456789abcdef0123456789abcdef",
                Policies = Array.Empty<OnboardingPolicy>(),
                Numbers = OnboardingNumbers.EveryNumberOnProfile,
                NotificationEmail = "ops@example.com",
                EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
                {
                    ["authorized_representative_2"] = new Dictionary<string, string> { ["phone_number"] = {|TH1013:"415-555-0100"|} },
                },
            };
            """),
        AttributeValueTypes,
    });

    [Fact]
    public Task Values_that_keep_the_rule_are_silent() => AnalyzerVerifier.VerifyAsync(new[]
    {
        Method("""
            var identity = Value17.Parse("unknown");
            var email = RepresentativeEmail.Parse("someone@example.com");
            var free = Value17.Parse(input);
            """),
        AttributeValueTypes,
    });

    [Fact]
    public Task Fix_replaces_with_the_allowed_value_in_its_exact_spelling() => CodeFixVerifier.VerifyFixAsync(
        Method("""var identity = Value17.Parse("DIRECT_CUSTOMER");""") + AttributeValueTypes,
        "TH1013",
        Method("""var identity = Value17.Parse("direct_customer");""") + AttributeValueTypes);
}
