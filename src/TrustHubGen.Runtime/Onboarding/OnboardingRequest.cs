using System;
using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Policies;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>What to onboard: one Business Profile, its numbers, and one trust product per policy.</summary>
public sealed record OnboardingRequest
{
    /// <summary>The twilio-approved Business Profile (<c>BU…</c>) the products point at.</summary>
    public required string BusinessProfileSid { get; init; }

    /// <summary>The policies to onboard the numbers for (CNAM and SHAKEN/STIR together share the profile assignments).</summary>
    public required IReadOnlyList<OnboardingPolicy> Policies { get; init; }

    /// <summary>The numbers to onboard.</summary>
    public required OnboardingNumbers Numbers { get; init; }

    /// <summary>End-user attribute values by end-user type, e.g. <c>cnam_information</c> → { <c>cnam_display_name</c> → "OWL INDUSTRIES" }.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> EndUserAttributes { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The email Twilio notifies about the products' reviews.</summary>
    public required string NotificationEmail { get; init; }

    /// <summary>An optional URL Twilio calls when a product's status changes.</summary>
    public Uri? StatusCallback { get; init; }

    /// <summary>How to run.</summary>
    public OnboardingOptions Options { get; init; } = new();

    // Records print collections by type name ("List`1"); print what the request holds instead.
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("BusinessProfileSid = ").Append(BusinessProfileSid)
            .Append(", Policies = [").Append(string.Join(", ", Policies?.Select(p => p?.Name) ?? Array.Empty<string>())).Append(']')
            .Append(", Numbers = ").Append(Numbers)
            .Append(", EndUserAttributes = { ")
            .Append(string.Join(", ", (EndUserAttributes ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
                .Select(type => $"{type.Key} = {{ {string.Join(", ", type.Value.Select(a => $"{a.Key} = {a.Value}"))} }}")))
            .Append(" }, NotificationEmail = ").Append(NotificationEmail)
            .Append(", StatusCallback = ").Append(StatusCallback)
            .Append(", Options = ").Append(Options);
        return true;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem (each naming the input) before any call is made.</summary>
    internal void Validate()
    {
        var problems = new List<string>();
        if (SidFormat.Check(BusinessProfileSid, "BU", "BusinessProfileSid") is { } profile) problems.Add(profile);
        if (Policies is null || Policies.Count == 0) problems.Add("Policies is empty; name at least one policy (such as CNAM) to onboard for.");
        else
        {
            foreach (var policy in Policies) problems.AddRange(policy.GetValidationProblems());
            foreach (var duplicate in Policies.GroupBy(p => p.Sid).Where(g => g.Count() > 1))
                problems.Add($"Policies names {duplicate.Key} {duplicate.Count()} times; name each policy once.");
            foreach (var duplicate in Policies.GroupBy(p => p.Name, StringComparer.Ordinal).Where(g => g.Count() > 1 && g.Select(p => p.Sid).Distinct().Count() > 1))
                problems.Add($"Policies {string.Join(" and ", duplicate.Select(p => p.Sid))} share the Name \"{duplicate.Key}\"; products are found by name, so names must differ.");
            foreach (var policy in Policies)
            {
                foreach (var rule in policy.EndUsers)
                {
                    EndUserAttributes.TryGetValue(rule.Type, out var values);
                    if (values is null && rule.Min == 0) continue;
                    foreach (var attribute in rule.Attributes)
                    {
                        string? value = null;
                        values?.TryGetValue(attribute.Name, out value);
                        if (PolicyRules.CheckAttribute(attribute, value) is { } problem)
                            problems.Add($"EndUserAttributes[\"{rule.Type}\"] for policy {policy.Name}: {problem}");
                    }
                }
            }
        }
        if (Numbers is null) problems.Add("Numbers is not set; use OnboardingNumbers.FromSids, FromPhoneNumbers or EveryNumberOnProfile.");
        if (string.IsNullOrWhiteSpace(NotificationEmail) || !NotificationEmail.Contains('@', StringComparison.Ordinal))
            problems.Add($"NotificationEmail \"{NotificationEmail}\" is not an email address; Twilio sends review results there.");
        if (StatusCallback is { } callback && (!callback.IsAbsoluteUri || (callback.Scheme != Uri.UriSchemeHttps && callback.Scheme != Uri.UriSchemeHttp)))
            problems.Add($"StatusCallback \"{callback}\" is not an absolute http(s) URL.");
        problems.AddRange(Options.GetValidationProblems());
        if (problems.Count > 0) throw new ArgumentException("The onboarding request is invalid: " + string.Join(" ", problems));
    }
}

/// <summary>Which numbers to onboard: by SID, by E.164 number (resolved through IncomingPhoneNumbers), or every number on the profile.</summary>
public sealed class OnboardingNumbers
{
    private OnboardingNumbers(IReadOnlyList<string> values, bool bySid, bool everyOnProfile)
    {
        Values = values;
        BySid = bySid;
        EveryOnProfile = everyOnProfile;
    }

    /// <summary>The SIDs or E.164 numbers as given (empty for <see cref="EveryNumberOnProfile"/>).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>True when <see cref="Values"/> are <c>PN…</c> SIDs.</summary>
    public bool BySid { get; }

    /// <summary>True for every number already on the Business Profile.</summary>
    public bool EveryOnProfile { get; }

    /// <summary>Numbers by IncomingPhoneNumber SID (<c>PN…</c>).</summary>
    public static OnboardingNumbers FromSids(IEnumerable<string> sids) => new(Distinct(sids, nameof(sids)), bySid: true, everyOnProfile: false);

    /// <summary>Numbers in E.164 form (<c>+14155550100</c>), looked up in the account's IncomingPhoneNumbers.</summary>
    public static OnboardingNumbers FromPhoneNumbers(IEnumerable<string> e164Numbers) => new(Distinct(e164Numbers, nameof(e164Numbers)), bySid: false, everyOnProfile: false);

    /// <summary>Every number already assigned to the Business Profile.</summary>
    public static OnboardingNumbers EveryNumberOnProfile { get; } = new(Array.Empty<string>(), bySid: true, everyOnProfile: true);

    /// <inheritdoc />
    public override string ToString() => EveryOnProfile ? "every number on the profile" : $"{Values.Count} number(s) by {(BySid ? "SID" : "E.164")}";

    private static string[] Distinct(IEnumerable<string> values, string name)
    {
        if (values is null) throw new ArgumentNullException(name);
        var list = values.Select(v => v?.Trim() ?? throw new ArgumentException($"{name} contains a null entry.", name)).Distinct(StringComparer.Ordinal).ToArray();
        return list.Length == 0 ? throw new ArgumentException($"{name} is empty; give at least one number, or take every number on the profile (OnboardingNumbers.EveryNumberOnProfile; on a pipeline, WithEveryNumberOnProfile()).", name) : list;
    }
}

/// <summary>How the engine runs.</summary>
public sealed record OnboardingOptions
{
    /// <summary>Assign numbers that are not on the Business Profile yet to it first (the documented first step). On by default.</summary>
    public bool PutNumbersOnProfile { get; init; } = true;

    /// <summary>
    /// How many number assignments run at once, over the whole run (the products' assignments run together); also how many
    /// partitions of the account's numbers are read at once when many numbers are named in E.164.
    /// </summary>
    public int MaxConcurrency { get; init; } = 8;

    /// <summary>After submitting, poll until each product is twilio-approved or twilio-rejected (or <see cref="ReviewTimeout"/>).</summary>
    public bool WaitForReview { get; init; }

    /// <summary>The first wait between review polls; doubled each poll up to <see cref="ReviewPollMaxDelay"/>.</summary>
    public TimeSpan ReviewPollInitialDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between review polls.</summary>
    public TimeSpan ReviewPollMaxDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait for the review in all.</summary>
    public TimeSpan ReviewTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The start of the friendly names the engine gives its products and end users, e.g. <c>TrustHubGen Cnam BU…</c>;
    /// the engine finds its earlier work by policy and this name.
    /// </summary>
    public string FriendlyNamePrefix { get; init; } = "TrustHubGen";

    /// <summary>Counts the transport's retries for progress reports; wire it with <c>options.Retry.OnRetry = monitor.Record</c>.</summary>
    public OnboardingRetryMonitor? RetryMonitor { get; init; }

    /// <summary>The clock for review polling waits; tests substitute a fake one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal IReadOnlyList<string> GetValidationProblems()
    {
        var problems = new List<string>();
        if (MaxConcurrency is < 1 or > 256) problems.Add($"Options.MaxConcurrency is {MaxConcurrency}; use 1 to 256.");
        if (ReviewPollInitialDelay < TimeSpan.Zero || ReviewPollMaxDelay < ReviewPollInitialDelay)
            problems.Add($"Options.ReviewPollInitialDelay ({ReviewPollInitialDelay}) must be non-negative and at most ReviewPollMaxDelay ({ReviewPollMaxDelay}).");
        if (ReviewTimeout <= TimeSpan.Zero) problems.Add($"Options.ReviewTimeout is {ReviewTimeout}; it must be positive.");
        if (string.IsNullOrWhiteSpace(FriendlyNamePrefix)) problems.Add("Options.FriendlyNamePrefix is empty; earlier work is found by it.");
        if (TimeProvider is null) problems.Add("Options.TimeProvider is null.");
        return problems;
    }
}

/// <summary>Counts transport retries (set <see cref="TwilioRetryOptions.OnRetry"/> to <see cref="Record"/>).</summary>
public sealed class OnboardingRetryMonitor
{
    private int _count;

    /// <summary>Retries recorded so far.</summary>
    public int Count => System.Threading.Volatile.Read(ref _count);

    /// <summary>Records one retry; pass this method as <see cref="TwilioRetryOptions.OnRetry"/>.</summary>
    public void Record(TwilioRetryInfo info) => System.Threading.Interlocked.Increment(ref _count);
}
