using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed class TH1009StatusTests
{
    [Fact]
    public Task Misspelt_and_twilio_only_statuses_through_the_implicit_conversion() => VerifyAsync(Method($$"""
        TrustProductsResource.Update("{{Product}}", {|#0:"pending_review"|});
        await CustomerProfilesResource.UpdateAsync(status: {|#1:"twilio-approved"|}, pathSid: "{{Profile}}");
        TrustProductsResource.UpdateWithHeaders("{{Product}}", status: {|TH1009:TrustProductsResource.StatusEnum.InReview|});
        """),
        Diagnostic("TH1009").WithLocation(0).WithMessage("\"pending_review\" is not a trust product status; did you mean \"pending-review\"? (a client may set: \"draft\", \"pending-review\")"),
        Diagnostic("TH1009").WithLocation(1).WithMessage("Status \"twilio-approved\" is set by Twilio, not by a client; submit for review with \"pending-review\""));

    [Fact]
    public Task Options_initialiser_and_later_assignment() => VerifyAsync(Method($$"""
        var options = new UpdateTrustProductsOptions("{{Product}}") { Status = {|TH1009:"PendingReview"|} };
        options.Status = {|TH1009:"in-review"|};
        """));

    [Fact]
    public Task Read_filter_accepts_every_real_status_but_not_a_misspelt_one() => VerifyAsync(Method("""
        TrustProductsResource.Read(status: "twilio-approved");
        TrustProductsResource.Read(status: {|#0:"approved"|});
        var read = new ReadCustomerProfilesOptions { Status = {|TH1009:"in_review"|} };
        """),
        Diagnostic("TH1009").WithLocation(0).WithMessage("\"approved\" is not a trust product status; did you mean \"twilio-approved\"? (statuses: \"draft\", \"pending-review\", \"in-review\", \"twilio-rejected\", \"twilio-approved\")"));

    // Twilio 8.2.0: a status compared with a string that is not one of its values is never equal. Supporting documents
    // write their statuses in upper snake case.
    [Fact]
    public Task Comparisons_with_a_value_the_status_never_has() => VerifyAsync(Method($$"""
        var product = TrustProductsResource.Fetch("{{Product}}");
        var document = SupportingDocumentResource.Fetch("RD0123456789abcdef0123456789abcdef");
        var submitted = product.Status.ToString() == {|TH1009:"pending_review"|} || product.Status == (TrustProductsResource.StatusEnum){|TH1009:"approved"|};
        var inReview = document.Status.ToString() == {|#0:"pending-review"|};
        var approved = "APPROVED" == document.Status.ToString() || document.Status != SupportingDocumentResource.StatusEnum.PendingReview;
        var evaluation = CustomerProfilesEvaluationsResource.Create("{{Profile}}", "{{Primary}}");
        var compliant = evaluation.Status.ToString() == {|TH1009:"compliant "|} || evaluation.Status.ToString() == "noncompliant";
        """),
        Diagnostic("TH1009").WithLocation(0).WithMessage("\"pending-review\" is not a supporting document status; did you mean \"PENDING_REVIEW\"? (statuses: \"DRAFT\", \"PENDING_REVIEW\", \"REJECTED\", \"APPROVED\", \"EXPIRED\", \"PROVISIONALLY_APPROVED\")"));

    // Patterns compare as == does: `is "…"`, `is not "…"`, `or` patterns, switch expression arms and switch statement cases.
    [Fact]
    public Task Patterns_and_switches_on_the_status_text() => VerifyAsync(Method($$"""
        var product = TrustProductsResource.Fetch("{{Product}}");
        var document = SupportingDocumentResource.Fetch("RD0123456789abcdef0123456789abcdef");
        var done = product.Status.ToString() is {|TH1009:"twilio_approved"|} or "twilio-rejected";
        var open = product.Status.ToString() is not ("draft" or {|TH1009:"pending_review"|});
        var label = product.Status.ToString() switch
        {
            "twilio-approved" => "approved",
            {|TH1009:"twilio_rejected"|} => "rejected",
            _ => "open",
        };
        switch (document.Status.ToString())
        {
            case {|TH1009:"approved"|}:
                break;
            case "PENDING_REVIEW" or "DRAFT":
                break;
        }
        var text = "pending_review";
        var unrelated = text is "pending_review" || text switch { "in_review" => true, _ => false };
        """));

    // The page promises a fix for every status set: a member (StatusEnum.InReview) had none.
    [Fact]
    public Task Fix_names_the_pending_review_member_for_a_member_set() => VerifyFixAsync(
        Method($$"""TrustProductsResource.Update("{{Product}}", status: {|TH1009:TrustProductsResource.StatusEnum.InReview|});"""),
        Method($$"""TrustProductsResource.Update("{{Product}}", status: TrustProductsResource.StatusEnum.PendingReview);"""));

    [Fact]
    public Task Fix_rewrites_a_pattern_constant() => VerifyFixAsync(
        Method($$"""var done = TrustProductsResource.Fetch("{{Product}}").Status.ToString() is {|TH1009:"twilio_approved"|};"""),
        Method($$"""var done = TrustProductsResource.Fetch("{{Product}}").Status.ToString() is "twilio-approved";"""));

    [Fact]
    public Task Client_statuses_are_silent() => VerifyAsync(Method($$"""
        TrustProductsResource.Update("{{Product}}", "pending-review");
        TrustProductsResource.Update("{{Product}}", TrustProductsResource.StatusEnum.Draft);
        var options = new UpdateCustomerProfilesOptions("{{Profile}}") { Status = CustomerProfilesResource.StatusEnum.PendingReview };
        """));

    [Fact]
    public Task Fix_writes_pending_review_and_fix_all_covers_the_project() => new TrustHubTest
    {
        TestState =
        {
            Sources =
            {
                Method($$"""TrustProductsResource.Update("{{Product}}", {|TH1009:"pending_review"|});"""),
                Other(Method($$"""CustomerProfilesResource.Update("{{Profile}}", status: {|TH1009:"twilio-approved"|});""")),
            },
        },
        FixedState =
        {
            Sources =
            {
                Method($$"""TrustProductsResource.Update("{{Product}}", "pending-review");"""),
                Other(Method($$"""CustomerProfilesResource.Update("{{Profile}}", status: "pending-review");""")),
            },
        },
    }.RunAsync();

    // Before: the member's rename had a key of its own, so Fix All from a literal left the members (and the reverse).
    [Fact]
    public Task Fix_all_rewrites_members_and_literals_together() => VerifyFixAsync(
        Method($$"""
            TrustProductsResource.Update("{{Product}}", status: {|TH1009:TrustProductsResource.StatusEnum.InReview|});
            TrustProductsResource.Update("{{Product}}", status: {|TH1009:"in-review"|});
            CustomerProfilesResource.Update("{{Profile}}", status: {|TH1009:CustomerProfilesResource.StatusEnum.TwilioApproved|});
            """),
        Method($$"""
            TrustProductsResource.Update("{{Product}}", status: TrustProductsResource.StatusEnum.PendingReview);
            TrustProductsResource.Update("{{Product}}", status: "pending-review");
            CustomerProfilesResource.Update("{{Profile}}", status: CustomerProfilesResource.StatusEnum.PendingReview);
            """));
}
