using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1007CnamDisplayNameTests
{
    private const string Rule = "cnam_display_name: The caller name carriers show for the number: at most 15 characters, begins with a letter, only ASCII letters (no accents), digits, periods, commas and spaces, unique to the business (not a generic city or state name, which is what carriers show when no name is set).";

    [Fact]
    public Task Json_string_attributes() => VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information", {|#0:"{\"cnam_display_name\":\"Acme Plumbing Services\"}"|});
        EndUserResource.Create(attributes: {|TH1007:@"{""cnam_display_name"": ""1st Choice""}"|}, type: "cnam_information", friendlyName: "cnam");
        """),
        Diagnostic("TH1007").WithLocation(0).WithMessage($"cnam_display_name \"Acme Plumbing Services\" has 22 characters; at most 15 are allowed. {Rule} (\"Acme Plumbing\" would be valid)"));

    [Fact]
    public Task Anonymous_object_and_dictionary_attributes_written_in_place() => VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = {|#0:"Acme & Sons"|} });
        var options = new CreateEndUserOptions("cnam", "cnam_information")
        {
            Attributes = new Dictionary<string, object> { ["cnam_display_name"] = {|#1:"Texas"|} },
        };
        EndUserResource.Update("IT0123456789abcdef0123456789abcdef", attributes: new Dictionary<string, object> { { "cnam_display_name", {|TH1007:"New York"|} } });
        """),
        Diagnostic("TH1007").WithLocation(0).WithMessage("cnam_display_name \"Acme & Sons\" does not have the required form: begins with a letter and holds only letters, digits, periods, commas and spaces, all ASCII (no accents: Cafe, not Café). (\"Acme Sons\" would be valid)"),
        Diagnostic("TH1007").WithLocation(1).WithMessage($"cnam_display_name \"Texas\" is rejected by the policy as a generic value (\"Texas\"). {Rule}"));

    // Issue 10: attributes in a local (dictionary, anonymous object, JSON) passed by variable or assigned later to
    // options.Attributes. The finding is where they are used: a local used twice is reported at each use.
    [Fact]
    public Task Attributes_in_locals_and_assigned_later() => VerifyAsync(Method("""
        var anonymous = new { cnam_display_name = "Acme Plumbing Services" };
        EndUserResource.Create("cnam", "cnam_information", {|#0:anonymous|});
        var dictionary = new Dictionary<string, object> { ["cnam_display_name"] = "Texas" };
        await EndUserResource.CreateAsync("cnam", "cnam_information", {|TH1007:dictionary|});
        var json = "{\"cnam_display_name\":\"1st Choice\"}";
        EndUserResource.Update("IT0123456789abcdef0123456789abcdef", attributes: {|TH1007:json|});
        var options = new CreateEndUserOptions("cnam", "cnam_information");
        options.Attributes = {|TH1007:anonymous|};
        options.Attributes = new { cnam_display_name = {|TH1007:"Acme & Sons"|} };
        """),
        Diagnostic("TH1007").WithLocation(0).WithMessage($"cnam_display_name \"Acme Plumbing Services\" has 22 characters; at most 15 are allowed. {Rule} (\"Acme Plumbing\" would be valid)"));

    [Fact]
    public Task Valid_names_other_types_and_unknown_values_are_silent() => VerifyAsync(Method("""
        EndUserResource.Create("cnam", "cnam_information", "{\"cnam_display_name\":\"Acme Plumbing\"}");
        EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = "Acme, Inc." });
        EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = Console.ReadLine() });
        EndUserResource.Create("rep", "authorized_representative_1", new { first_name = "A very long first name indeed" });
        var reassigned = new Dictionary<string, object> { ["cnam_display_name"] = "Texas" };
        reassigned = new Dictionary<string, object>();
        EndUserResource.Create("cnam", "cnam_information", reassigned);
        """));

    [Fact]
    public Task Fix_corrects_a_json_display_name_mechanically() => VerifyFixAsync(
        Method("""EndUserResource.Create("cnam", "cnam_information", {|TH1007:"{\"cnam_display_name\":\"Acme Plumbing & Heating Co\"}"|});"""),
        Method("""EndUserResource.Create("cnam", "cnam_information", "{\"cnam_display_name\":\"Acme Plumbing\"}");"""));

    [Fact]
    public Task Fix_corrects_an_anonymous_object_display_name() => VerifyFixAsync(
        Method("""EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = {|TH1007:"Acme & Sons"|} });"""),
        Method("""EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = "Acme Sons" });"""));

    // A JSON literal written as a multi-line raw string keeps its form and every line: the corrected JSON has line breaks,
    // which once split the fix into one broken action per line ("Use "{"" replaced the whole JSON with "{").
    [Fact]
    public Task Fix_keeps_a_multi_line_raw_json_literal_whole_and_raw() => VerifyFixAsync(
        Method(""""
                    EndUserResource.Create("cnam", "cnam_information", {|TH1007:"""
                        {
                          "cnam_display_name": "Acme & Sons"
                        }
                        """|});
            """"),
        Method(""""
                    EndUserResource.Create("cnam", "cnam_information", """
                        {
                          "cnam_display_name": "Acme Sons"
                        }
                        """);
            """"));

    // Verbatim and one-line raw literals keep their form too: the fix changes the value, not how it is written.
    [Fact]
    public Task Fix_keeps_verbatim_and_raw_literals_in_their_form() => VerifyFixAsync(
        Method(""""
            EndUserResource.Create("cnam", "cnam_information", {|TH1007:@"{""cnam_display_name"":""Acme & Sons""}"|});
            EndUserResource.Create("cnam", "cnam_information", {|TH1007:"""{"cnam_display_name":"Acme & Sons"}"""|});
            EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = {|TH1007:@"Acme & Sons"|} });
            """"),
        Method(""""
            EndUserResource.Create("cnam", "cnam_information", @"{""cnam_display_name"":""Acme Sons""}");
            EndUserResource.Create("cnam", "cnam_information", """{"cnam_display_name":"Acme Sons"}""");
            EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = @"Acme Sons" });
            """"));

    [Fact]
    public async Task No_fix_when_no_mechanical_correction_exists()
    {
        var source = Method("""EndUserResource.Create("cnam", "cnam_information", new { cnam_display_name = {|TH1007:"Texas"|} });""");
        await new TrustHubTest { TestCode = source, FixedCode = source }.RunAsync();
    }
}
