using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

public sealed partial class TH1012SubmittedBeforeAssignmentsTests
{
    [Fact]
    public Task Entity_assignment_after_submission() => VerifyAsync(Method($$"""
        await TrustProductsResource.UpdateAsync("{{Product}}", status: {|#0:"pending-review"|});
        await TrustProductsEntityAssignmentsResource.CreateAsync("{{Product}}", "{{Profile}}");
        """),
        Diagnostic("TH1012").WithLocation(0).WithMessage($"Trust product \"{Product}\" is submitted for review before its entity assignment on line 15; a bundle in review cannot be edited, so make every assignment first"));

    [Fact]
    public Task Cnam_product_submitted_without_its_profile_and_end_user() => VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}");
        await TrustProductsResource.UpdateAsync(new UpdateTrustProductsOptions(product.Sid) { Status = {|#0:TrustProductsResource.StatusEnum.PendingReview|} });
        """),
        Diagnostic("TH1012").WithLocation(0).WithMessage($"Trust product product.Sid is submitted for review after 1 of the 2 entity assignments Cnam ({Cnam}) requires (the Business Profile, 1 cnam_information end user); assign them before setting \"pending-review\""));

    // Issue 10: products created through an options object (in place or in a local), submitted through options set
    // later, and the WithHeaders variants (whose result wraps the resource) are followed like the argument forms.
    [Fact]
    public Task Options_created_products_options_submissions_and_with_headers() => VerifyAsync(Method($$"""
        var options = new CreateTrustProductsOptions("CNAM", "a@example.com", "{{Cnam}}");
        var product = await TrustProductsResource.CreateAsync(options);
        var submit = new UpdateTrustProductsOptions(product.Sid);
        submit.Status = {|TH1012:"pending-review"|};
        await TrustProductsResource.UpdateAsync(submit);
        var inline = TrustProductsResource.Create(new CreateTrustProductsOptions("SHAKEN", "a@example.com", "{{Shaken}}"));
        TrustProductsResource.Update(inline.Sid, status: {|TH1012:"pending-review"|});
        var wrapped = await TrustProductsResource.CreateWithHeadersAsync("CNAM", "a@example.com", "{{Cnam}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(wrapped.Data.Sid, "{{Profile}}");
        await TrustProductsResource.UpdateWithHeadersAsync(wrapped.Data.Sid, status: {|TH1012:"pending-review"|});
        """));

    [Fact]
    public Task Complete_flows_are_silent() => VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}");
        await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{EndUser}}");
        await TrustProductsResource.UpdateAsync(product.Sid, status: "pending-review");
        var shaken = await TrustProductsResource.CreateAsync(new CreateTrustProductsOptions("SHAKEN", "a@example.com", "{{Shaken}}"));
        await TrustProductsEntityAssignmentsResource.CreateAsync(shaken.Sid, "{{Profile}}");
        await TrustProductsResource.UpdateAsync(shaken.Sid, status: "pending-review");
        // SHAKEN/STIR takes numbers after submission.
        await TrustProductsChannelEndpointAssignmentResource.CreateAsync(shaken.Sid, "phone-number", "{{Number}}");
        """));

    // Assignments the method makes together (Task.WhenAll), in a loop (how many is unknown) or in a lambda (when is
    // unknown) are not missing: the rule cannot count them, so it stays silent rather than warn on correct code.
    [Fact]
    public Task Assignments_awaited_together_in_a_loop_or_in_a_lambda_are_silent() => VerifyAsync(Method($$"""
        var together = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        var endUser = await EndUserResource.CreateAsync("cnam", "cnam_information", new { cnam_display_name = "Acme Widgets" });
        await Task.WhenAll(
            TrustProductsEntityAssignmentsResource.CreateAsync(together.Sid, "{{Profile}}"),
            TrustProductsEntityAssignmentsResource.CreateAsync(together.Sid, endUser.Sid));
        await TrustProductsResource.UpdateAsync(together.Sid, status: "pending-review");
        var looped = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        foreach (var entity in new[] { "{{Profile}}", "{{EndUser}}" })
            await TrustProductsEntityAssignmentsResource.CreateAsync(looped.Sid, entity);
        await TrustProductsResource.UpdateAsync(looped.Sid, status: "pending-review");
        var mapped = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        string[] entities = ["{{Profile}}", "{{EndUser}}"];
        await Task.WhenAll(entities.Select(e => TrustProductsEntityAssignmentsResource.CreateAsync(mapped.Sid, e)));
        await TrustProductsResource.UpdateAsync(mapped.Sid, status: "pending-review");
        """).Replace("using System;", "using System;\nusing System.Linq;"));

    // A loop that makes one assignment still makes it before the submission: a missing end user is still reported.
    [Fact]
    public Task A_loop_of_one_kind_of_assignment_does_not_hide_another_missing_one() => VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        for (var attempt = 0; attempt < 1; attempt++)
            await TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}");
        await TrustProductsResource.UpdateAsync(product.Sid, status: {|TH1012:"pending-review"|});
        """));

    // A method of the project's own given the product (or its SID) before the submission may make the assignments: the
    // rule cannot see into it, so it stays silent. A library's method (logging the SID) or a helper called after the
    // submission hides nothing.
    [Fact]
    public Task A_helper_of_the_project_given_the_product_before_the_submission_silences_it() => VerifyAsync(Method($$"""
        var extended = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        await extended.AssignEntitiesAsync("{{Profile}}");
        await TrustProductsResource.UpdateAsync(extended.Sid, status: "pending-review");
        var bySid = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        await ProductSteps.AssignAllAsync(bySid.Sid);
        await TrustProductsResource.UpdateAsync(bySid.Sid, status: "pending-review");
        var logged = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        Console.WriteLine(logged.Sid);
        await TrustProductsResource.UpdateAsync(logged.Sid, status: {|TH1012:"pending-review"|});
        var late = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
        await TrustProductsResource.UpdateAsync(late.Sid, status: {|TH1012:"pending-review"|});
        await late.AssignEntitiesAsync("{{Profile}}");
        """) + """

        public static class ProductSteps
        {
            public static Task AssignEntitiesAsync(this TrustProductsResource product, string profileSid) => Task.CompletedTask;
            public static Task AssignAllAsync(string productSid) => Task.CompletedTask;
        }
        """);

    // The product's SID kept in a local (as users and the CI-enforcement sample write it) is the same product.
    [Fact]
    public Task A_product_sid_kept_in_a_local_is_followed_on_both_surfaces()
    {
        var twilio = VerifyAsync(Method($$"""
            var product = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
            var sid = product.Sid;
            await TrustProductsEntityAssignmentsResource.CreateAsync(sid, "{{Profile}}");
            await TrustProductsResource.UpdateAsync(sid, status: {|#0:"pending-review"|});
            """),
            Diagnostic("TH1012").WithLocation(0).WithMessage($"Trust product product.Sid is submitted for review after 1 of the 2 entity assignments Cnam ({Cnam}) requires (the Business Profile, 1 cnam_information end user); assign them before setting \"pending-review\""));
        var sdk = new TrustHubTest
        {
            TestCode = SdkSources.Method("""
                var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = PolicyCatalog.Cnam.Sid });
                var productSid = product.Sid!.Value;
                var entities = trustHub.TrustProducts.EntityAssignments(productSid);
                await entities.CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = profileSid });
                await trustHub.TrustProducts.UpdateAsync(productSid, new UpdateTrustProductRequest { Status = {|TH1012:TrustProductStatus.PendingReview|} });
                """),
        }.WithGeneratedSdk().RunAsync();
        return Task.WhenAll(twilio, sdk);
    }

    // Before: an assignment started beside the submission (Task.WhenAll) counted as made before it, so it was silent.
    [Fact]
    public Task A_submission_run_at_once_with_an_assignment_on_both_surfaces()
    {
        const string Together = "is submitted for review together with its entity assignment on line {0}; they run at once, so the assignment may reach a bundle already in review: await every assignment first";
        var twilio = VerifyAsync(Method($$"""
            var product = await TrustProductsResource.CreateAsync("SHAKEN", "a@example.com", "{{Shaken}}");
            await Task.WhenAll(
                TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}"),
                TrustProductsResource.UpdateAsync(product.Sid, status: {|#0:"pending-review"|}));
            """),
            Diagnostic("TH1012").WithLocation(0).WithMessage("Trust product product.Sid " + string.Format(Together, 16)));
        var sdk = new TrustHubTest
        {
            TestCode = SdkSources.Method("""
                var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = PolicyCatalog.ShakenStir.Sid });
                await Task.WhenAll(
                    trustHub.TrustProducts.UpdateAsync(product.Sid!.Value, new UpdateTrustProductRequest { Status = {|TH1012:TrustProductStatus.PendingReview|} }),
                    trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = profileSid }));
                """),
        }.WithGeneratedSdk().RunAsync();
        return Task.WhenAll(twilio, sdk);
    }
}
