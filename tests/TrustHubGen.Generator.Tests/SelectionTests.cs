using System.Text.Json;
using TrustHubGen.Generator.Diagnostics;
using TrustHubGen.Generator.Model;
using TrustHubGen.Generator.OpenApi;
using TrustHubGen.Generator.Tests.Infrastructure;
using TrustHubGen.Policies;

namespace TrustHubGen.Generator.Tests;

/// <summary>Unselected parts of a document never reach Microsoft.OpenApi: the selection is applied on the raw JSON.</summary>
public sealed class SelectionTests
{
    [Fact]
    public void Api2010SelectionHandsOnlyTheSelectedPathsAndTheirSchemasToOpenApi()
    {
        var text = File.ReadAllText(RepoPaths.Api2010Spec);
        using var document = JsonDocument.Parse(text);
        var diagnostics = new List<TrustHubGen.Policies.InputDiagnostic>();
        var selection = new FileSelection(EquatableArray.Create("FetchAccount", "FetchIncomingPhoneNumber", "ListAccount", "ListIncomingPhoneNumber"), default, "");

        var selected = SpecSelection.Apply(RepoPaths.Api2010Spec, text, document.RootElement, selection, diagnostics);

        Assert.Empty(diagnostics);
        Assert.NotNull(selected);
        using var pruned = JsonDocument.Parse(selected.PrunedJson);
        Assert.Equal(
            ["/2010-04-01/Accounts.json", "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json",
             "/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers/{Sid}.json", "/2010-04-01/Accounts/{Sid}.json"],
            pruned.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Contains(pruned.RootElement.GetProperty("components").GetProperty("schemas").EnumerateObject(), s => s.Name == "api.v2010.account.incoming_phone_number");
        Assert.True(selected.PrunedJson.Length * 10 < text.Length, $"The pruned document has {selected.PrunedJson.Length} of {text.Length} characters.");
        Assert.Equal(["FetchAccount", "FetchIncomingPhoneNumber", "ListAccount", "ListIncomingPhoneNumber"], selected.SelectedOperations.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PathSelectionKeepsEveryOperationOfThePath()
    {
        var text = File.ReadAllText(RepoPaths.TrustHubSpec);
        using var document = JsonDocument.Parse(text);
        var selection = new FileSelection(default, EquatableArray.Create("/v1/TrustProducts/{Sid}"), "");

        var selected = SpecSelection.Apply(RepoPaths.TrustHubSpec, text, document.RootElement, selection, []);

        Assert.Equal(["DeleteTrustProduct", "FetchTrustProduct", "UpdateTrustProduct"], selected!.SelectedOperations.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("twilio_trusthub_v1.json", "TrustHub")]
    [InlineData("twilio_api_v2010.json", "Api2010")]
    [InlineData("/x/my-widgets.json", "MyWidgets")]
    public void DocumentNames(string path, string expected) => Assert.Equal(expected, ApiModelBuilder.DocumentName(path));
}
