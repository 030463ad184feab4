using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Serialization;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Durable;

/// <summary>Where one customer's onboarding stands (written by name in JSON, as a status API answers it).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IsvOnboardingStage>))]
public enum IsvOnboardingStage
{
    /// <summary>Started (or started again); no job has read the service since: the SIDs and statuses are the last ones read.</summary>
    Started,

    /// <summary>The Business Profile is submitted and under review; its verdict's callback continues the chain.</summary>
    ProfileInReview,

    /// <summary>The products are submitted and under review.</summary>
    ProductsInReview,

    /// <summary>Every product has its verdict (approved or rejected, with codes).</summary>
    Completed,

    /// <summary>Twilio rejected the Business Profile (codes in <see cref="IsvCustomerStatus.ProfileRejection"/>): fix and start again.</summary>
    ProfileRejected,

    /// <summary>Something only a person can fix (a noncompliant evaluation, numbers refused, the customer's data invalid or not in the directory): see <see cref="IsvCustomerStatus.Problems"/>.</summary>
    NeedsAttention,
}

/// <summary>One trust product of a customer, as last read from the service.</summary>
/// <param name="Policy">The policy's name (e.g. Cnam).</param>
/// <param name="ProductSid">The product (<c>BU…</c>), or null when none was created.</param>
/// <param name="Status">Its status.</param>
/// <param name="NumbersAssigned">The customer's numbers on it.</param>
/// <param name="Rejection">The rejection codes and their meanings when rejected.</param>
public sealed record IsvProductStatus(string Policy, string? ProductSid, string? Status, int NumbersAssigned, IReadOnlyList<RejectionReason> Rejection);

/// <summary>One customer's onboarding as recorded by the jobs (in the job storage, so every instance sees it).</summary>
public sealed record IsvCustomerStatus
{
    /// <summary>The customer's subaccount.</summary>
    public required string AccountSid { get; init; }

    /// <summary>Where it stands.</summary>
    public required IsvOnboardingStage Stage { get; init; }

    /// <summary>The Business Profile, once created.</summary>
    public string? ProfileSid { get; init; }

    /// <summary>The profile's status.</summary>
    public string? ProfileStatus { get; init; }

    /// <summary>The profile's rejection codes and meanings.</summary>
    public IReadOnlyList<RejectionReason> ProfileRejection { get; init; } = Array.Empty<RejectionReason>();

    /// <summary>The products, once the profile is approved.</summary>
    public IReadOnlyList<IsvProductStatus> Products { get; init; } = Array.Empty<IsvProductStatus>();

    /// <summary>What needs a person (findings, refused numbers; Twilio refusing the ISV's access to the subaccount, while the customer stays open).</summary>
    public IReadOnlyList<string> Problems { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Why the customer's last job failed, when Hangfire retries it (Twilio answering 500 for hours, no answer): the
    /// time, the job and the error. The customer keeps its stage meanwhile; the next job that succeeds clears it.
    /// </summary>
    public string? LastError { get; init; }

    /// <summary>When a job last recorded this.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>True when no callback or job will move it any more (<see cref="IsvOnboardingStage.Completed"/>, rejected or needing attention).</summary>
    public bool IsFinished => Stage is IsvOnboardingStage.Completed or IsvOnboardingStage.ProfileRejected or IsvOnboardingStage.NeedsAttention;

    /// <summary>True when <paramref name="other"/> says the same (stage, SIDs, statuses, codes, problems), whatever its time and last error.</summary>
    public bool SameAs(IsvCustomerStatus? other) => other is not null && Describe() == other.Describe();

    /// <inheritdoc />
    public override string ToString() => $"{Describe()} at {UpdatedAt:u}" + (LastError is null ? "" : $"; last error: {LastError}");

    private string Describe()
    {
        var text = new StringBuilder($"{AccountSid} {Stage}; profile {ProfileSid ?? "(none)"} {ProfileStatus}");
        if (ProfileRejection.Count > 0) text.Append(" (").Append(string.Join("; ", ProfileRejection)).Append(')');
        foreach (var p in Products)
        {
            text.Append($"; {p.Policy} {p.ProductSid ?? "(none)"} {p.Status} with {p.NumbersAssigned} number(s)");
            if (p.Rejection.Count > 0) text.Append(" (").Append(string.Join("; ", p.Rejection)).Append(')');
        }
        if (Problems.Count > 0) text.Append("; problems: ").Append(string.Join(" ", Problems));
        return text.ToString();
    }

    internal static IReadOnlyList<RejectionReason> Codes(IEnumerable<RejectionReason> reasons) => reasons.ToArray();
}
