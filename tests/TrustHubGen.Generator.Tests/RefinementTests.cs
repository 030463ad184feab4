using Microsoft.CodeAnalysis;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>
/// The SDK's types narrower than the spec's (Emit/Refinements): derived from the spec and the policy files, they turn
/// mistakes into compiler errors, and they follow the inputs (a policy's settable statuses, no policies at all).
/// </summary>
public sealed class RefinementTests
{
    private const string Uses = """
        namespace Consumer
        {
            using TrustHubGen.Sdk;

            internal static class Uses
            {
                public static void Run(TrustProductSid product, PhoneNumberSid number, CustomerProfileSid profile)
                {
                    // STATEMENTS
                }
            }
        }
        """;

    private static List<string> Errors(IEnumerable<TestInput> inputs, string statements)
    {
        var (_, result, output) = GeneratorHarness.Run(inputs, null, Uses.Replace("// STATEMENTS", statements, StringComparison.Ordinal));
        return result.Diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToList();
    }

    [Fact]
    public void Mistakes_do_not_compile_and_the_right_values_do()
    {
        var inputs = TestInput.Official();
        Assert.Empty(Errors(inputs, """
            _ = new CreateTrustProductRequest { FriendlyName = "a", Email = "a@example.com", PolicySid = PolicyCatalog.Cnam.Sid };
            _ = new CreateCustomerProfileRequest { FriendlyName = "a", Email = "a@example.com", PolicySid = PolicyCatalog.PrimaryBusinessProfile.Sid };
            _ = new CreateTrustProductEntityAssignmentRequest { ObjectSid = profile };
            _ = new UpdateTrustProductRequest { Status = TrustProductStatus.PendingReview };
            PolicySid any = PolicyCatalog.Cnam.Sid;
            TrustProductStatus status = TrustProductStatus.Draft;
            var same = status == TrustProductStatus.Draft && TrustProductStatus.KnownValues.Count == 5;
            """));
        Assert.Equal(["CS0029", "CS0029", "CS0029", "CS0029"], Errors(inputs, """
            _ = new CreateTrustProductRequest { FriendlyName = "a", Email = "a@example.com", PolicySid = PolicyCatalog.PrimaryBusinessProfile.Sid };
            _ = new CreateTrustProductEntityAssignmentRequest { ObjectSid = number };
            _ = new UpdateTrustProductRequest { Status = TrustProductStatus.TwilioApproved };
            _ = new UpdateTrustProductRequest { Status = new TrustProductStatus("pending_review") };
            """));
    }

    [Fact]
    public void Settable_statuses_are_the_ones_the_policy_files_state()
    {
        // A build whose only trust-product policy lets a client set pending-review alone: draft is Twilio's to set there.
        var inputs = TestInput.Official(policies: false).Add(new TestInput("/policies/cnam.json",
            System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(RepoPaths.PolicyDir, "cnam.json")),
                "\"clientSettableStatuses\": \\[[^\\]]*\\]", "\"clientSettableStatuses\": [\"pending-review\"]"), "Policy"));
        Assert.Empty(Errors(inputs, "_ = new UpdateTrustProductRequest { Status = TrustProductStatus.PendingReview };"));
        Assert.Equal(["CS0029"], Errors(inputs, "_ = new UpdateTrustProductRequest { Status = TrustProductStatus.Draft };"));
    }

    [Fact]
    public void Without_policy_files_an_update_takes_every_status_of_the_spec()
    {
        var inputs = TestInput.Official(policies: false);
        Assert.Empty(Errors(inputs, "_ = new UpdateTrustProductRequest { Status = TrustProductStatus.TwilioApproved };"));
    }

    [Fact]
    public void A_policy_edit_that_keeps_the_settable_statuses_leaves_the_refinements_unchanged()
    {
        var inputs = TestInput.Official();
        var cnam = inputs.Single(i => i.Path.EndsWith("cnam.json", StringComparison.Ordinal)).Path;
        var second = GeneratorHarness.RerunAfterEdit(inputs, cnam, "CNAM trust product", "CNAM trust product (edited)");

        Assert.All(second.TrackedSteps[TrackingNames.SdkRefinements].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"SdkRefinements was {o.Reason}."));
    }
}
