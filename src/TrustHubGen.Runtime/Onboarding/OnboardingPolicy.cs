using System;
using System.Collections.Generic;
using System.Linq;
using TrustHubGen.Policies;

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
/// One policy as the engine runs it: its identity (which a caller may override with <c>with { Sid = … }</c>) and the
/// rules of the policy definition, as the rules library's own records (<see cref="EndUserRule"/>,
/// <see cref="ChannelEndpointRule"/>), checked by the library's own code. <see cref="From(PolicyDefinition)"/> is the
/// one place a definition becomes an engine policy; the generated <c>PolicyCatalog.&lt;Policy&gt;.OnboardingPolicy</c>,
/// the CLI and the tests all call it.
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
    public IReadOnlyList<EndUserRule> EndUsers { get; init; } = Array.Empty<EndUserRule>();

    /// <summary>The channel endpoints (phone numbers) the policy takes; null when it takes none.</summary>
    public ChannelEndpointRule? ChannelEndpoints { get; init; }

    /// <summary>Statuses a client may set (usually <c>pending-review</c> and <c>draft</c>).</summary>
    public IReadOnlyList<string> ClientSettableStatuses { get; init; } = new[] { "pending-review", "draft" };

    /// <summary>True when the engine must run an evaluation and stop on a noncompliant result before submitting.</summary>
    public bool EvaluateBeforeSubmit { get; init; } = true;

    /// <summary>The engine's view of <paramref name="definition"/>: the one mapping from a policy definition to the engine.</summary>
    /// <param name="definition">A policy definition: shipped (<see cref="BuiltInPolicies"/>), read from a file
    /// (<see cref="PolicyReader"/>), or the generated <c>PolicyCatalog.&lt;Policy&gt;.Definition</c>.</param>
    public static OnboardingPolicy From(PolicyDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new OnboardingPolicy
        {
            Sid = definition.Sid,
            Name = definition.Name,
            Kind = definition.Kind == BundleKind.CustomerProfile ? OnboardingBundleKind.CustomerProfile : OnboardingBundleKind.TrustProduct,
            RequiresBusinessProfile = definition.BusinessProfile?.Required ?? false,
            AcceptedProfilePolicySids = definition.BusinessProfile?.AcceptedPolicySids ?? EquatableArray<string>.Empty,
            EndUsers = definition.EndUsers,
            ChannelEndpoints = definition.ChannelEndpoints,
            ClientSettableStatuses = definition.Submission.ClientSettableStatuses,
            EvaluateBeforeSubmit = definition.Submission.EvaluateBeforeSubmit,
        };
    }

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
        if (ChannelEndpoints is { } endpoints)
        {
            if (string.IsNullOrWhiteSpace(endpoints.Type))
                problems.Add($"{label}: ChannelEndpoints.Type is empty; the documented type is \"{ChannelEndpointRule.PhoneNumberType}\".");
            // The policy reader refuses these (TH0108); a hand-built rule gets the same answer rather than a silent mismatch.
            foreach (var country in endpoints.AllowedCountries.Where(c => c is not { Length: 2 } || !c.All(ch => ch is >= 'A' and <= 'Z')))
                problems.Add($"{label}: ChannelEndpoints.AllowedCountries holds \"{country}\"; use ISO 3166 alpha-2 codes in upper case, e.g. \"US\" or \"CA\".");
        }
        return problems;
    }
}
