using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1008EndUserTypeTests
{
    [Fact]
    public Task Misspelt_types_named_positional_and_options() => VerifyAsync(Method("""
        EndUserResource.Create("cnam", {|#0:"cnam-information"|});
        await EndUserResource.CreateAsync(type: {|TH1008:"CnamInformation"|}, friendlyName: "cnam");
        var options = new CreateEndUserOptions("cnam", {|TH1008:"business_information"|});
        """),
        Diagnostic("TH1008").WithLocation(0).WithMessage("End-user type \"cnam-information\" is not a Trust Hub end-user type; did you mean \"cnam_information\"?"));

    [Fact]
    public Task Cnam_end_user_on_a_shaken_stir_product() => VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("SHAKEN", "a@example.com", "{{Shaken}}");
        var endUser = await EndUserResource.CreateAsync("cnam", {|#0:"cnam_information"|}, new { cnam_display_name = "Acme" });
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, endUser.Sid);
        """),
        Diagnostic("TH1008").WithLocation(0).WithMessage($"End-user type \"cnam_information\" is not accepted by ShakenStir ({Shaken}), which takes no end users; this end user is assigned to that product on line 16"));

    // Issue 10: a product created through an options object, in place or in a local, is followed like one created with arguments.
    [Fact]
    public Task Products_created_through_options_objects() => VerifyAsync(Method($$"""
        var options = new CreateTrustProductsOptions("SHAKEN", "a@example.com", "{{Shaken}}");
        var product = await TrustProductsResource.CreateAsync(options);
        var other = TrustProductsResource.Create(new CreateTrustProductsOptions("SHAKEN", "a@example.com", "{{Shaken}}"));
        var endUser = await EndUserResource.CreateAsync(new CreateEndUserOptions("cnam", {|TH1008:"cnam_information"|}));
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, endUser.Sid);
        var second = EndUserResource.Create("cnam", {|TH1008:"cnam_information"|});
        TrustProductsEntityAssignmentsResource.Create(new CreateTrustProductsEntityAssignmentsOptions(other.Sid, second.Sid));
        """));

    [Fact]
    public Task Cnam_end_user_on_a_cnam_product_is_silent() => VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        var endUser = await EndUserResource.CreateAsync("cnam", "cnam_information", new { cnam_display_name = "Acme" });
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, endUser.Sid);
        """));

    [Fact]
    public Task Known_types_are_silent() => VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information");
        EndUserResource.Create("rep", "authorized_representative_2");
        EndUserResource.Create("biz", "customer_profile_business_information");
        """));

    [Fact]
    public Task Fix_replaces_with_the_closest_type() => VerifyFixAsync(
        Method("""EndUserResource.Create("cnam", {|TH1008:"cnam-information"|});"""),
        Method("""EndUserResource.Create("cnam", "cnam_information");"""));
}
