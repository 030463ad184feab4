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
    public Task Known_types_are_silent() => AnalyzerVerifier.VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information");
        EndUserResource.Create("rep", "authorized_representative_2");
        EndUserResource.Create("biz", "customer_profile_business_information");
        """));
}
