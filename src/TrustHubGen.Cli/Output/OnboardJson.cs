using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using TrustHubGen.Cli.Output.Json;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Cli.Output;

/// <summary>
/// The one JSON document <c>trusthub onboard --json</c> writes on stdout (snake_case, as Twilio's own JSON):
/// <c>{command, exit_code, target, profile_sid, policies, plan, result, error}</c>; docs/cli.md shows an example.
/// </summary>
internal sealed class OnboardJson
{
    public string? Target { get; set; }
    public string? AccountSid { get; set; }
    public string? ProfileSid { get; set; }
    public IReadOnlyList<OnboardingPolicy> Policies { get; set; } = [];
    public OnboardingPlan? Plan { get; set; }
    public OnboardingResult? Result { get; set; }
    public List<string> Warnings { get; } = [];

    public string Write(int exitCode, string? error) => JsonSerializer.Serialize(
        new OnboardDocument("onboard", exitCode, Target, AccountSid, ProfileSid, Policies.Select(p => new PolicyItem(p.Name, p.Sid)).ToList(),
            Plan is null ? null : ToDocument(Plan), Result is null ? null : ToDocument(Result), Warnings.Select(CliWording.ForCommandLine).ToList(), error),
        CliJsonContext.Documents.OnboardDocument);

    /// <summary>The document for a failure before the command knew anything (a usage error).</summary>
    public static string ForError(string command, int exitCode, string error) =>
        JsonSerializer.Serialize(new ErrorDocument(command, exitCode, error), CliJsonContext.Documents.ErrorDocument);

    private static PlanDocument ToDocument(OnboardingPlan plan) => new(
        plan.Steps.Count,
        plan.Steps.Select(s => new StepItem(s.Kind.ToString(), s.Policy, s.Target, s.Reason)).ToList(),
        plan.Products.Select(p => new PlannedProductItem(p.Policy, p.FriendlyName, p.ProductSid, p.Status, p.NumbersAlreadyAssigned)).ToList(),
        Refused(plan.Refused),
        plan.Warnings.Select(CliWording.ForCommandLine).ToList());

    private static ResultDocument ToDocument(OnboardingResult result) => new(
        result.Succeeded,
        result.Products.Select(p => new ProductItem(p.Policy, p.ProductSid, p.Status, p.NumbersAssigned, p.NotSubmittedBecause, p.ReviewTimedOut,
            p.Findings.Select(f => new FindingItem(f.Requirement, f.Field, f.Code, f.Reason, f.ToString())).ToList(),
            p.Rejection.Select(r => new RejectionItem(r.Code, r.Meaning)).ToList())).ToList(),
        Refused(result.Refused),
        result.Failures.Select(f => new FailureItem(f.NumberSid, f.PhoneNumber, f.Policy, f.Cause)).ToList(),
        new SortedDictionary<string, int>(result.ApiCalls.ToDictionary(p => p.Key, p => p.Value), System.StringComparer.Ordinal),
        result.TotalCalls, result.WriteCalls, result.Retries,
        result.Warnings.Select(CliWording.ForCommandLine).ToList());

    private static List<RefusedItem> Refused(IEnumerable<RefusedNumber> refused) =>
        refused.Select(n => new RefusedItem(n.Number, n.PhoneNumber, n.Policy, CliWording.ForCommandLine(n.Reason))).ToList();
}
