using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1009StatusTests
{
    [Fact]
    public Task Misspelt_and_twilio_only_statuses_through_the_implicit_conversion() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsResource.Update("{{Product}}", {|TH1009:"pending_review"|});
        await CustomerProfilesResource.UpdateAsync(status: {|TH1009:"twilio-approved"|}, pathSid: "{{Profile}}");
        TrustProductsResource.UpdateWithHeaders("{{Product}}", status: {|TH1009:TrustProductsResource.StatusEnum.InReview|});
        """));

    [Fact]
    public Task Options_initialiser_and_later_assignment() => AnalyzerVerifier.VerifyAsync(Method($$"""
        var options = new UpdateTrustProductsOptions("{{Product}}") { Status = {|TH1009:"PendingReview"|} };
        options.Status = {|TH1009:"in-review"|};
        """));

    [Fact]
    public Task Read_filter_accepts_every_real_status_but_not_a_misspelt_one() => AnalyzerVerifier.VerifyAsync(Method("""
        TrustProductsResource.Read(status: "twilio-approved");
        TrustProductsResource.Read(status: {|TH1009:"approved"|});
        """));

    [Fact]
    public Task Client_statuses_are_silent() => AnalyzerVerifier.VerifyAsync(Method($$"""
        TrustProductsResource.Update("{{Product}}", "pending-review");
        TrustProductsResource.Update("{{Product}}", TrustProductsResource.StatusEnum.Draft);
        var options = new UpdateCustomerProfilesOptions("{{Profile}}") { Status = CustomerProfilesResource.StatusEnum.PendingReview };
        """));
}
