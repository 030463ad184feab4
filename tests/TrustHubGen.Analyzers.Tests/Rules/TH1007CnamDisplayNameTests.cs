using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1007CnamDisplayNameTests
{
    [Fact]
    public Task Json_string_attributes() => AnalyzerVerifier.VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information", {|TH1007:"{\"cnam_display_name\":\"Acme Plumbing Services\"}"|});
        EndUserResource.Create(attributes: {|TH1007:@"{""cnam_display_name"": ""1st Choice""}"|}, type: "cnam_information", friendlyName: "cnam");
        """));

    [Fact]
    public Task Anonymous_object_and_dictionary_attributes() => AnalyzerVerifier.VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = {|TH1007:"Acme & Sons"|} });
        var options = new CreateEndUserOptions("cnam", "cnam_information")
        {
            Attributes = new Dictionary<string, object> { ["cnam_display_name"] = {|TH1007:"Texas"|} },
        };
        EndUserResource.Update("IT0123456789abcdef0123456789abcdef", attributes: new Dictionary<string, object> { { "cnam_display_name", {|TH1007:"New York"|} } });
        """));

    [Fact]
    public Task Valid_names_and_unknown_values_are_silent() => AnalyzerVerifier.VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information", "{\"cnam_display_name\":\"Acme Plumbing\"}");
        EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = "Acme, Inc." });
        EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = Console.ReadLine() });
        EndUserResource.Create("rep", "authorized_representative_1", new { first_name = "A very long first name indeed" });
        """));
}
