using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;
using static TrustHubGen.Analyzers.Tests.Infrastructure.TrustHubTest;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>
/// TH1012 and an assignment started in an earlier statement (its task kept in a local) and not awaited before the
/// submission starts (<c>var assign = …CreateAsync(…); await Task.WhenAll(assign, submit)</c>): they run at once, like
/// the inline form. An assignment awaited before the submission is made before it.
/// </summary>
public sealed partial class TH1012SubmittedBeforeAssignmentsTests
{
    [Fact]
    public Task An_assignment_started_earlier_and_submitted_alongside_on_both_surfaces()
    {
        const string Together = "is submitted for review together with its entity assignment on line {0}; they run at once, so the assignment may reach a bundle already in review: await every assignment first";
        var twilio = VerifyAsync(Method($$"""
            var product = await TrustProductsResource.CreateAsync("SHAKEN", "a@example.com", "{{Shaken}}");
            var assign = TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}");
            await Task.WhenAll(assign, TrustProductsResource.UpdateAsync(product.Sid, status: {|#0:"pending-review"|}));
            var second = await TrustProductsResource.CreateAsync("SHAKEN", "a@example.com", "{{Shaken}}");
            var assignSecond = TrustProductsEntityAssignmentsResource.CreateAsync(second.Sid, "{{Profile}}");
            var submitTask = TrustProductsResource.UpdateAsync(second.Sid, status: {|#1:"pending-review"|});
            await Task.WhenAll(assignSecond, submitTask);
            """),
            Diagnostic("TH1012").WithLocation(0).WithMessage("Trust product product.Sid " + string.Format(Together, 15)),
            Diagnostic("TH1012").WithLocation(1).WithMessage("Trust product second.Sid " + string.Format(Together, 18)));
        var sdk = new TrustHubTest
        {
            TestCode = SdkSources.Method("""
                var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = PolicyCatalog.ShakenStir.Sid });
                var assign = trustHub.TrustProducts.EntityAssignments(product.Sid!.Value).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = profileSid });
                var submit = trustHub.TrustProducts.UpdateAsync(product.Sid!.Value, new UpdateTrustProductRequest { Status = {|TH1012:TrustProductStatus.PendingReview|} });
                await Task.WhenAll(assign, submit);
                """),
        }.WithGeneratedSdk().RunAsync();
        return Task.WhenAll(twilio, sdk);
    }

    [Fact]
    public Task An_assignment_started_earlier_and_awaited_before_the_submission_is_silent() => VerifyAsync(Method($$"""
        var product = await TrustProductsResource.CreateAsync("SHAKEN", "a@example.com", "{{Shaken}}");
        var assign = TrustProductsEntityAssignmentsResource.CreateAsync(product.Sid, "{{Profile}}");
        await assign;
        var submit = TrustProductsResource.UpdateAsync(product.Sid, status: "pending-review");
        await Task.WhenAll(submit, Task.Delay(1));
        """));
}
