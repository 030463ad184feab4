using System;
using System.Collections.Generic;
using System.Linq;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>Which Trust Hub collection a policy's bundles live in.</summary>
public enum OnboardingBundleKind
{
    /// <summary><c>/v1/TrustProducts</c> (CNAM, SHAKEN/STIR, Voice Integrity…).</summary>
    TrustProduct,

    /// <summary><c>/v1/CustomerProfiles</c> (Business Profiles).</summary>
    CustomerProfile,
}

/// <summary>
/// What the engine needs to know about one policy, as plain data. The generated facade builds it from its
/// <c>PolicyCatalog</c> constants; the runtime never reads policy files itself.
/// </summary>
public sealed record OnboardingPolicy
{
    /// <summary>The policy SID (<c>RN…</c>).</summary>
    public required string Sid { get; init; }

    /// <summary>An identifier-like name ("Cnam", "ShakenStir"), used in friendly names and messages.</summary>
    public required string Name { get; init; }

    /// <summary>Whether bundles of this policy are trust products or customer profiles.</summary>
    public OnboardingBundleKind Kind { get; init; } = OnboardingBundleKind.TrustProduct;

    /// <summary>Policy SIDs of the Business Profiles a bundle of this policy accepts; empty means any (or none needed).</summary>
    public IReadOnlyList<string> AcceptedProfilePolicySids { get; init; } = Array.Empty<string>();

    /// <summary>True when the bundle must carry the Business Profile as an entity assignment.</summary>
    public bool RequiresBusinessProfile { get; init; } = true;

    /// <summary>The end users the policy takes (type, how many, attribute rules).</summary>
    public IReadOnlyList<OnboardingEndUserRule> EndUsers { get; init; } = Array.Empty<OnboardingEndUserRule>();

    /// <summary>The channel endpoints (phone numbers) the policy takes; null when it takes none.</summary>
    public OnboardingChannelEndpointRule? ChannelEndpoints { get; init; }

    /// <summary>Statuses a client may set (usually <c>pending-review</c> and <c>draft</c>).</summary>
    public IReadOnlyList<string> ClientSettableStatuses { get; init; } = new[] { "pending-review", "draft" };

    /// <summary>True when the engine must run an evaluation and stop on a noncompliant result before submitting.</summary>
    public bool EvaluateBeforeSubmit { get; init; } = true;

    /// <summary>Every problem that makes this description unusable, each naming the member; empty when valid.</summary>
    public IReadOnlyList<string> GetValidationProblems()
    {
        var problems = new List<string>();
        var label = $"Policy \"{Name}\"";
        if (SidFormat.Check(Sid, "RN", "Policy SID") is { } sid) problems.Add($"{label}: {sid}");
        if (string.IsNullOrWhiteSpace(Name)) problems.Add("Policy Name must not be empty; use an identifier such as \"Cnam\".");
        if (!ClientSettableStatuses.Contains("pending-review"))
            problems.Add($"{label}: ClientSettableStatuses lacks \"pending-review\", so bundles could never be submitted.");
        foreach (var profilePolicy in AcceptedProfilePolicySids)
        {
            if (SidFormat.Check(profilePolicy, "RN", "Profile policy SID") is { } bad) problems.Add($"{label}: AcceptedProfilePolicySids: {bad}");
        }
        foreach (var rule in EndUsers)
        {
            if (string.IsNullOrWhiteSpace(rule.Type)) problems.Add($"{label}: an end-user rule has no Type.");
            if (rule.Min < 0 || rule.Max < rule.Min) problems.Add($"{label}: end user \"{rule.Type}\" has Min {rule.Min} and Max {rule.Max}; need 0 <= Min <= Max.");
            if (rule.Max > 1 && rule.Min > 1)
                problems.Add($"{label}: end user \"{rule.Type}\" needs {rule.Min} instances; the engine creates one end user per type.");
        }
        if (ChannelEndpoints is { } endpoints && string.IsNullOrWhiteSpace(endpoints.Type))
            problems.Add($"{label}: ChannelEndpoints.Type is empty; the documented type is \"phone-number\".");
        return problems;
    }
}

/// <summary>One end-user type a policy takes.</summary>
/// <param name="Type">The end-user type, e.g. <c>cnam_information</c>.</param>
/// <param name="Min">How many the bundle needs at least.</param>
/// <param name="Max">How many it accepts at most.</param>
/// <param name="Attributes">Rules for the end user's attributes.</param>
public sealed record OnboardingEndUserRule(string Type, int Min, int Max, IReadOnlyList<OnboardingAttributeRule> Attributes);

/// <summary>The rule for one end-user attribute.</summary>
public sealed record OnboardingAttributeRule
{
    /// <summary>The attribute name, e.g. <c>cnam_display_name</c>.</summary>
    public required string Name { get; init; }

    /// <summary>True when the attribute must be present and non-empty.</summary>
    public bool Required { get; init; }

    /// <summary>The maximum length in characters (code points), when limited.</summary>
    public int? MaxLength { get; init; }

    /// <summary>A regular expression the whole value must match, when limited.</summary>
    public string? Pattern { get; init; }

    /// <summary>The pattern in words, for messages.</summary>
    public string? PatternDescription { get; init; }

    /// <summary>The only accepted values (exact spelling); empty means any.</summary>
    public IReadOnlyList<string> AllowedValues { get; init; } = Array.Empty<string>();

    /// <summary>Values refused as generic (compared ignoring case, periods, commas and spacing).</summary>
    public IReadOnlyList<string> DisallowedValues { get; init; } = Array.Empty<string>();
}

/// <summary>Which phone numbers a policy takes and when.</summary>
public sealed record OnboardingChannelEndpointRule
{
    /// <summary>The channel endpoint type sent to Trust Hub; <c>phone-number</c> is the only documented one.</summary>
    public string Type { get; init; } = "phone-number";

    /// <summary>True when a number must be on the Business Profile before the bundle takes it.</summary>
    public bool MustBeOnBusinessProfile { get; init; } = true;

    /// <summary>ISO 3166 alpha-2 countries accepted; empty means any.</summary>
    public IReadOnlyList<string> AllowedCountries { get; init; } = Array.Empty<string>();

    /// <summary>True when toll-free numbers are accepted.</summary>
    public bool TollFreeAllowed { get; init; } = true;

    /// <summary>True when numbers may be added after the bundle was submitted (SHAKEN/STIR).</summary>
    public bool AllowedAfterSubmission { get; init; }
}
