using Microsoft.CodeAnalysis;
using TrustHubGen.Analyzers.Tests.Infrastructure;
using static TrustHubGen.Analyzers.Tests.Infrastructure.Sources;

namespace TrustHubGen.Analyzers.Tests.Rules;

/// <summary>
/// TH1012 and a product handed to a helper of a referenced assembly before the submission: the helper counts when its
/// assembly can call Trust Hub through the library the method submits with and takes the product as the product, a SID
/// type or a string; a general library's method, or one that takes any value (logging, formatting), does not.
/// </summary>
public sealed partial class TH1012SubmittedBeforeAssignmentsTests
{
    // A general library: references neither Twilio nor our SDK.
    private static readonly Lazy<MetadataReference> Logging = new(() => ReferencedLibrary.Compile("Acme.Logging", """
        namespace Acme.Logging;
        public static class Audit
        {
            public static void Record(string value) { }
            public static void Record(object value) { }
        }
        """));

    // A company library on Twilio's library.
    private static readonly Lazy<MetadataReference> TwilioSteps = new(() => ReferencedLibrary.Compile("Acme.TwilioSteps", """
        using System.Threading.Tasks;
        using Twilio.Rest.Trusthub.V1;
        using Twilio.Rest.Trusthub.V1.TrustProducts;
        namespace Acme.TrustHub;
        public static class ProductSteps
        {
            public static Task AssignAsync(string productSid, string profileSid) => TrustProductsEntityAssignmentsResource.CreateAsync(productSid, profileSid);
            public static Task AssignEntitiesAsync(this TrustProductsResource product, string profileSid) => AssignAsync(product.Sid, profileSid);
            public static void Trace(object value) { }
        }
        """));

    // A company library on our generated SDK.
    private static readonly Lazy<MetadataReference> SdkSteps = new(() => ReferencedLibrary.Compile("Acme.SdkSteps", """
        using System.Threading.Tasks;
        using TrustHubGen.Sdk;
        namespace Acme.TrustHub;
        public static class SdkProductSteps
        {
            public static Task AssignAsync(TrustHubClient trustHub, TrustProductSid product, CustomerProfileSid profile) =>
                trustHub.TrustProducts.EntityAssignments(product).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = profile });
            public static void Trace(object value) { }
        }
        """, GeneratedSdk.Reference));

    [Fact]
    public Task Twilio_library_a_company_helper_taking_the_product_or_its_sid_silences_it_a_logger_does_not()
    {
        var test = new TrustHubTest
        {
            TestCode = Method($$"""
                var extended = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
                await extended.AssignEntitiesAsync("{{Profile}}");
                await TrustProductsResource.UpdateAsync(extended.Sid, status: "pending-review");
                var bySid = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
                await ProductSteps.AssignAsync(bySid.Sid, "{{Profile}}");
                await TrustProductsResource.UpdateAsync(bySid.Sid, status: "pending-review");
                var traced = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
                ProductSteps.Trace(traced.Sid);
                await TrustProductsResource.UpdateAsync(traced.Sid, status: {|TH1012:"pending-review"|});
                var audited = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
                Audit.Record(audited.Sid);
                Audit.Record((object)audited);
                await TrustProductsResource.UpdateAsync(audited.Sid, status: {|TH1012:"pending-review"|});
                var late = await TrustProductsResource.CreateAsync("CNAM", "a@example.com", "{{Cnam}}");
                await TrustProductsResource.UpdateAsync(late.Sid, status: {|TH1012:"pending-review"|});
                await ProductSteps.AssignAsync(late.Sid, "{{Profile}}");
                """).Replace("using System;", "using System;\nusing Acme.Logging;\nusing Acme.TrustHub;"),
        };
        test.TestState.AdditionalReferences.Add(TwilioSteps.Value);
        test.TestState.AdditionalReferences.Add(Logging.Value);
        return test.RunAsync();
    }

    [Fact]
    public Task Generated_sdk_a_company_helper_taking_the_product_sid_silences_it_a_logger_does_not()
    {
        var test = new TrustHubTest
        {
            TestCode = SdkSources.Method("""
                var helped = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = PolicyCatalog.Cnam.Sid });
                await SdkProductSteps.AssignAsync(trustHub, helped.Sid!.Value, profileSid);
                await trustHub.TrustProducts.UpdateAsync(helped.Sid!.Value, new UpdateTrustProductRequest { Status = TrustProductStatus.PendingReview });
                var traced = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = PolicyCatalog.Cnam.Sid });
                SdkProductSteps.Trace(traced.Sid!.Value);
                Audit.Record(traced.Sid!.Value);
                await trustHub.TrustProducts.UpdateAsync(traced.Sid!.Value, new UpdateTrustProductRequest { Status = {|TH1012:TrustProductStatus.PendingReview|} });
                """).Replace("using System;", "using System;\nusing Acme.Logging;\nusing Acme.TrustHub;"),
        }.WithGeneratedSdk();
        test.TestState.AdditionalReferences.Add(SdkSteps.Value);
        test.TestState.AdditionalReferences.Add(Logging.Value);
        return test.RunAsync();
    }

    // Before: with the SDK generated into the project, its own EntityAssignments(productSid) counted as a project
    // helper given the product, so the rule was silent on every SDK flow that assigned anything.
    [Fact]
    public Task Generated_sdk_in_the_projects_own_source_is_not_a_helper() => new TrustHubTest
    {
        TestCode = SdkSources.Method("""
            var product = await trustHub.TrustProducts.CreateAsync(new CreateTrustProductRequest { FriendlyName = "Acme", Email = "ops@example.com", PolicySid = PolicyCatalog.Cnam.Sid });
            var productSid = product.Sid!.Value;
            await trustHub.TrustProducts.EntityAssignments(productSid).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = profileSid });
            await trustHub.TrustProducts.FetchAsync(productSid);
            await trustHub.TrustProducts.UpdateAsync(productSid, new UpdateTrustProductRequest { Status = {|TH1012:TrustProductStatus.PendingReview|} });
            """),
    }.WithGeneratedSdkInSource().RunAsync();
}
