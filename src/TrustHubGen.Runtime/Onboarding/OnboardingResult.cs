using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>Progress of a run: the current step, numbers done out of the total, and the transport's retries so far.</summary>
/// <param name="Step">What is happening, e.g. "assigning numbers to the Business Profile".</param>
/// <param name="Policy">The policy concerned, or null.</param>
/// <param name="NumbersDone">Number assignments finished (or failed) in this step.</param>
/// <param name="NumbersTotal">Number assignments in this step.</param>
/// <param name="Retries">Transport retries since the run started (with <see cref="OnboardingOptions.RetryMonitor"/>).</param>
public sealed record OnboardingProgress(string Step, string? Policy, int NumbersDone, int NumbersTotal, int Retries);

/// <summary>One number that could not be onboarded during the run, with the cause.</summary>
/// <param name="NumberSid">The number (<c>PN…</c>).</param>
/// <param name="PhoneNumber">Its E.164 form.</param>
/// <param name="Policy">The policy, or null for the profile assignment.</param>
/// <param name="Cause">What went wrong.</param>
public sealed record NumberFailure(string NumberSid, string PhoneNumber, string? Policy, string Cause)
{
    /// <inheritdoc />
    public override string ToString() => $"{PhoneNumber} ({NumberSid}){(Policy is null ? " on the profile" : $" for {Policy}")}: {Cause}";
}

/// <summary>A rejection code on a product, with its meaning.</summary>
/// <param name="Code">Twilio's code.</param>
/// <param name="Meaning">What it means, when known.</param>
public sealed record RejectionReason(int Code, string? Meaning)
{
    /// <inheritdoc />
    public override string ToString() => Meaning is null ? Code.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Code}: {Meaning}";

    /// <summary>The reasons of a rejected bundle; none for any other status.</summary>
    internal static IReadOnlyList<RejectionReason> Of(TrustHubBundle bundle) =>
        bundle.Status == "twilio-rejected" ? bundle.ErrorCodes.Select(c => new RejectionReason(c, TrustHubErrorCodes.Describe(c))).ToList() : new List<RejectionReason>();
}

/// <summary>What happened to one policy's product.</summary>
public sealed record ProductOutcome
{
    /// <summary>The policy's name.</summary>
    public required string Policy { get; init; }

    /// <summary>The product SID, or null when it was never created.</summary>
    public string? ProductSid { get; init; }

    /// <summary>Its last known status.</summary>
    public string? Status { get; init; }

    /// <summary>Requested numbers the product carries at the end of the run.</summary>
    public int NumbersAssigned { get; init; }

    /// <summary>The noncompliant evaluation's findings, when the engine did not submit because of them.</summary>
    public IReadOnlyList<EvaluationFinding> Findings { get; init; } = new List<EvaluationFinding>();

    /// <summary>Rejection codes when the review rejected the product.</summary>
    public IReadOnlyList<RejectionReason> Rejection { get; init; } = new List<RejectionReason>();

    /// <summary>Why the product was not submitted, when it was not.</summary>
    public string? NotSubmittedBecause { get; init; }

    /// <summary>True when waiting for the review ran out of time.</summary>
    public bool ReviewTimedOut { get; init; }

    /// <summary>The outcome in one line, findings and rejection codes included (not their list types).</summary>
    public override string ToString()
    {
        var text = new StringBuilder($"{Policy}: {ProductSid ?? "(none)"} {Status ?? "(no status)"} with {NumbersAssigned} number(s)");
        if (NotSubmittedBecause is not null) text.Append("; not submitted: ").Append(NotSubmittedBecause);
        if (Findings.Count > 0) text.Append("; findings: ").Append(string.Join("; ", Findings));
        if (Rejection.Count > 0) text.Append("; rejected: ").Append(string.Join("; ", Rejection));
        if (ReviewTimedOut) text.Append("; review wait timed out");
        return text.ToString();
    }
}

/// <summary>The outcome of <see cref="OnboardingRunner.RunAsync"/>.</summary>
public sealed class OnboardingResult
{
    internal OnboardingResult(IReadOnlyList<ProductOutcome> products, IReadOnlyList<RefusedNumber> refused, IReadOnlyList<NumberFailure> failures,
        IReadOnlyDictionary<string, int> apiCalls, int retries, IReadOnlyList<string> warnings)
    {
        Products = products;
        Refused = refused;
        Failures = failures;
        ApiCalls = apiCalls;
        Retries = retries;
        Warnings = warnings;
    }

    /// <summary>One outcome per policy.</summary>
    public IReadOnlyList<ProductOutcome> Products { get; }

    /// <summary>Numbers refused before any write, with reasons.</summary>
    public IReadOnlyList<RefusedNumber> Refused { get; }

    /// <summary>Numbers whose assignment failed during the run, with causes.</summary>
    public IReadOnlyList<NumberFailure> Failures { get; }

    /// <summary>Calls by operation name (<see cref="ITrustHubOperations"/> method without <c>Async</c>); a list counts once however many pages it has.</summary>
    public IReadOnlyDictionary<string, int> ApiCalls { get; }

    /// <summary>All calls made.</summary>
    public int TotalCalls => ApiCalls.Values.Sum();

    /// <summary>Writes made (Create, Update and Delete operations).</summary>
    public int WriteCalls => ApiCalls.Where(p => OperationCounter.IsWrite(p.Key)).Sum(p => p.Value);

    /// <summary>Transport retries seen (with <see cref="OnboardingOptions.RetryMonitor"/>).</summary>
    public int Retries { get; }

    /// <summary>Things found that the engine did not change.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>
    /// Writes whose answer was lost (a dropped connection, a timeout, a 5xx the transport does not repeat for a POST) and
    /// that the run finished anyway: found in the service's state when they had taken effect, else made again.
    /// </summary>
    public int RecoveredWrites { get; internal init; }

    /// <summary>True when every product is submitted (or approved) with every accepted number and nothing failed.</summary>
    public bool Succeeded => Failures.Count == 0 && Products.All(p => p.NotSubmittedBecause is null && p.Findings.Count == 0 && p.Rejection.Count == 0 && !p.ReviewTimedOut);

    /// <summary>A printable summary.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var p in Products)
        {
            text.AppendLine($"{p.Policy}: {p.ProductSid ?? "(none)"} {p.Status ?? "(no status)"} with {p.NumbersAssigned} number(s){(p.NotSubmittedBecause is null ? "" : $"; not submitted: {p.NotSubmittedBecause}")}");
            foreach (var f in p.Findings) text.Append("  finding: ").AppendLine(f.ToString());
            foreach (var r in p.Rejection) text.Append("  rejected: ").AppendLine(r.ToString());
        }
        foreach (var r in Refused) text.Append("refused: ").AppendLine(r.ToString());
        foreach (var f in Failures) text.Append("failed: ").AppendLine(f.ToString());
        text.AppendLine($"{TotalCalls} call(s), {WriteCalls} write(s), {Retries} retr(ies){(RecoveredWrites > 0 ? $", {RecoveredWrites} lost answer(s) recovered" : "")}");
        return text.ToString();
    }
}
