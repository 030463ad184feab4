using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>TH1013 on Twilio's library: end-user attributes other than the CNAM display name, by the end user's type.</summary>
public sealed class TH1013AttributeValueTests
{
    [Fact]
    public Task Values_outside_the_allowed_list_or_form() => VerifyAsync(Method("""
        var business = new CreateEndUserOptions("biz", "customer_profile_business_information")
        {
            Attributes = new { business_identity = {|#0:"DIRECT_CUSTOMER"|}, business_name = "Acme" },
        };
        EndUserResource.Create("rep", "authorized_representative_1", {|#1:"{\"email\":\"ops.example.com\",\"first_name\":\"Pat\"}"|});
        var phone = new Dictionary<string, object> { ["phone_number"] = "415-555-0100" };
        EndUserResource.Create("rep", "authorized_representative_2", {|TH1013:phone|});
        """),
        Diagnostic("TH1013").WithLocation(0).WithMessage("CreateEndUserOptions.Attributes[\"business_identity\"]: business_identity \"DIRECT_CUSTOMER\" is not an accepted value; use one of \"direct_customer\", \"isv_reseller_or_partner\", \"unknown\" (exact spelling); did you mean \"direct_customer\"?"),
        Diagnostic("TH1013").WithLocation(1).WithMessage("attributes[\"email\"]: email \"ops.example.com\" does not have the required form: an email address such as name@example.com"));

    [Fact]
    public Task Values_that_keep_the_rule_or_without_a_known_type_are_silent() => VerifyAsync(Method("""
        EndUserResource.Create("biz", "customer_profile_business_information", new { business_identity = "direct_customer" });
        EndUserResource.Create("rep", "authorized_representative_1", new { email = "ops@example.com", first_name = "Pat" });
        EndUserResource.Update("IT0123456789abcdef0123456789abcdef", attributes: new { business_identity = "DIRECT_CUSTOMER" });
        EndUserResource.Create("biz", Console.ReadLine()!, new { business_identity = "DIRECT_CUSTOMER" });
        """));

    [Fact]
    public Task Fix_replaces_with_the_allowed_value_in_its_exact_spelling() => VerifyFixAsync(
        Method("""EndUserResource.Create("biz", "customer_profile_business_information", new { business_identity = {|TH1013:"Direct_Customer"|} });"""),
        Method("""EndUserResource.Create("biz", "customer_profile_business_information", new { business_identity = "direct_customer" });"""));
}
