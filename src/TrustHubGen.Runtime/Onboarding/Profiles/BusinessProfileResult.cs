using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TrustHubGen.Runtime.Onboarding.Profiles;

/// <summary>The outcome of <see cref="BusinessProfileOnboarder.RunAsync"/>.</summary>
public sealed record BusinessProfileResult
{
    internal BusinessProfileResult(string policy, string? profileSid, string? status, IReadOnlyList<string> warnings)
    {
        Policy = policy;
        ProfileSid = profileSid;
        Status = status;
        Warnings = warnings;
    }

    /// <summary>The policy's name.</summary>
    public string Policy { get; }

    /// <summary>The profile (<c>BU…</c>), or null when it was never created.</summary>
    public string? ProfileSid { get; }

    /// <summary>Its last known status (draft, pending-review, in-review, twilio-approved, twilio-rejected).</summary>
    public string? Status { get; internal init; }

    /// <summary>The noncompliant evaluation's findings, when the engine did not submit because of them.</summary>
    public IReadOnlyList<EvaluationFinding> Findings { get; internal init; } = new List<EvaluationFinding>();

    /// <summary>Rejection codes when the review rejected the profile.</summary>
    public IReadOnlyList<RejectionReason> Rejection { get; internal init; } = new List<RejectionReason>();

    /// <summary>Why the profile was not submitted, when it was not.</summary>
    public string? NotSubmittedBecause { get; internal init; }

    /// <summary>True when waiting for the review ran out of time.</summary>
    public bool ReviewTimedOut { get; internal init; }

    /// <summary>Calls by operation name (<see cref="ITrustHubOperations"/> method without <c>Async</c>); a list counts once however many pages it has.</summary>
    public IReadOnlyDictionary<string, int> ApiCalls { get; internal init; } = new Dictionary<string, int>();

    /// <summary>Writes made (Create, Update and Delete operations).</summary>
    public int WriteCalls => ApiCalls.Where(p => OperationCounter.IsWrite(p.Key)).Sum(p => p.Value);

    /// <summary>Writes whose answer was lost and that the run finished anyway (see <see cref="OnboardingResult.RecoveredWrites"/>).</summary>
    public int RecoveredWrites { get; internal init; }

    /// <summary>Things found that the engine did not change (duplicates made by others, a locked profile missing parts).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>True when the profile is submitted, in review or approved, with no findings, rejection or timeout.</summary>
    public bool Succeeded => ProfileSid is not null && NotSubmittedBecause is null && Findings.Count == 0 && Rejection.Count == 0 && !ReviewTimedOut
        && Status is "pending-review" or "in-review" or "twilio-approved";

    /// <summary>A printable summary.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Policy}: {ProfileSid ?? "(none)"} {Status}{(NotSubmittedBecause is null ? "" : $"; not submitted: {NotSubmittedBecause}")}{(ReviewTimedOut ? "; review timed out" : "")}");
        foreach (var f in Findings) text.Append("  finding: ").AppendLine(f.ToString());
        foreach (var r in Rejection) text.Append("  rejected: ").AppendLine(r.ToString());
        foreach (var w in Warnings) text.Append("warning: ").AppendLine(w);
        text.AppendLine($"{ApiCalls.Values.Sum()} call(s), {WriteCalls} write(s){(RecoveredWrites > 0 ? $", {RecoveredWrites} lost answer(s) recovered" : "")}");
        return text.ToString();
    }
}
