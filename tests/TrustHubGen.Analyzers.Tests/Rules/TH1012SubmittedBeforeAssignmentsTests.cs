using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1012SubmittedBeforeAssignmentsTests
{
    [Fact]
    public Task Entity_assignment_after_submission() => AnalyzerVerifier.VerifyAsync(Method($$"""
        await TrustProductsResource.UpdateAsync("{{Product}}", status: {|TH1012:"pending-review"|});
        await TrustProductsEntityAssignmentsResource.CreateAsync("{{Product}}", "{{Profile}}");
        """));

    [Fact]
    public Task Cnam_product_submitted_without_its_profile_and_end_user() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}");
        await TrustProductsResource.UpdateAsync(new UpdateTrustProductsOptions(product.Sid) { Status = {|TH1012:TrustProductsResource.StatusEnum.PendingReview|} });
        """));

    [Fact]
    public Task Complete_flows_are_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{EndUser}}");
        await TrustProductsResource.UpdateAsync(product.Sid, status: "pending-review");
        var shaken = await TrustProductsResource.CreateAsync("SHAKEN", "a@example.com", "{{Shaken}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(shaken.Sid, "{{Profile}}");
        await TrustProductsResource.UpdateAsync(shaken.Sid, status: "pending-review");
        // SHAKEN/STIR takes numbers after submission.
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync(shaken.Sid, "phone-number", "{{Number}}");
        """));
}
