using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1008EndUserTypeTests
{
    [Fact]
    public Task Misspelt_types_named_positional_and_options() => AnalyzerVerifier.VerifyAsync(Method("""
        EndUserResource.Create("cnam", {|TH1008:"cnam-information"|});
        await EndUserResource.CreateAsync(type: {|TH1008:"CnamInformation"|}, friendlyName: "cnam");
        var options = new CreateEndUserOptions("cnam", {|TH1008:"business_information"|});
        """));

    [Fact]
    public Task Cnam_end_user_on_a_shaken_stir_product() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("SHAKEN", "a@example.com", "{{Shaken}}");
        var endUser = await EndUserResource.CreateAsync("cnam", {|TH1008:"cnam_information"|}, new { cnam_display_name = "Acme" });
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, endUser.Sid);
        """));

    [Fact]
    public Task Cnam_end_user_on_a_cnam_product_is_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        var endUser = await EndUserResource.CreateAsync("cnam", "cnam_information", new { cnam_display_name = "Acme" });
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, endUser.Sid);
        """));

    [Fact]
    public Task Known_types_are_silent() => AnalyzerVerifier.VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information");
        EndUserResource.Create("rep", "authorized_representative_2");
        EndUserResource.Create("biz", "customer_profile_business_information");
        """));
}
