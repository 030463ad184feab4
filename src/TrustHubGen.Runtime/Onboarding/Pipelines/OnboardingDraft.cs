using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The immutable state a generated pipeline (<c>CnamOnboarding</c>, …) carries from stage to stage: the Business
/// Profile, the numbers, the policies and their end users. Generated stages build it; each step checks its own input
/// at once, so a mistake is reported where it was made.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class OnboardingDraft
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> NoEndUsers =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);

    private OnboardingDraft(string profile, OnboardingNumbers? numbers, IReadOnlyList<OnboardingPolicy> policies, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> endUsers)
    {
        BusinessProfileSid = profile;
        Numbers = numbers;
        Policies = policies;
        EndUserAttributes = endUsers;
    }

    /// <summary>The twilio-approved Business Profile (<c>BU…</c>).</summary>
    public string BusinessProfileSid { get; }

    /// <summary>The numbers, once chosen.</summary>
    public OnboardingNumbers? Numbers { get; }

    /// <summary>The policies to onboard, in the order they were added.</summary>
    public IReadOnlyList<OnboardingPolicy> Policies { get; }

    /// <summary>End-user attribute values by end-user type and attribute name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> EndUserAttributes { get; }

    /// <summary>Starts a draft for one Business Profile.</summary>
    /// <exception cref="ArgumentException">The SID is not a <c>BU…</c> SID.</exception>
    public static OnboardingDraft ForProfile(string businessProfileSid)
    {
        if (SidFormat.Check(businessProfileSid, "BU", "businessProfileSid") is { } problem) throw new ArgumentException(problem, nameof(businessProfileSid));
        return new OnboardingDraft(businessProfileSid, null, Array.Empty<OnboardingPolicy>(), NoEndUsers);
    }

    /// <summary>Sets the numbers.</summary>
    public OnboardingDraft WithNumbers(OnboardingNumbers numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        return new OnboardingDraft(BusinessProfileSid, numbers, Policies, EndUserAttributes);
    }

    /// <summary>Adds a policy to onboard the same numbers for (one run; the profile assignments are shared).</summary>
    /// <exception cref="ArgumentException">The policy is already in the draft, or is not a trust-product policy that takes numbers.</exception>
    public OnboardingDraft WithPolicy(OnboardingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (Policies.Any(p => p.Sid == policy.Sid))
            throw new ArgumentException($"Policy \"{policy.Name}\" ({policy.Sid}) is already part of this onboarding; add each policy once.", nameof(policy));
        if (policy.Kind != OnboardingBundleKind.TrustProduct || policy.ChannelEndpoints is null)
            throw new ArgumentException($"Policy \"{policy.Name}\" ({policy.Sid}) is not a trust-product policy that takes phone numbers, so a number pipeline cannot onboard it.", nameof(policy));
        return new OnboardingDraft(BusinessProfileSid, Numbers, [.. Policies, policy], EndUserAttributes);
    }

    /// <summary>Sets one end user's attribute values, checked against every rule of <paramref name="policy"/> for that type.</summary>
    /// <param name="policy">The policy that takes the end user.</param>
    /// <param name="endUserType">The end-user type, e.g. <c>cnam_information</c>.</param>
    /// <param name="attributes">The values by attribute name; null values are left out.</param>
    /// <exception cref="ArgumentException">A value breaks a rule, an attribute is unknown, or another policy in the draft gave this type other values.</exception>
    public OnboardingDraft WithEndUser(OnboardingPolicy policy, string endUserType, IReadOnlyDictionary<string, string?> attributes)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(attributes);
        var values = EndUserValues.Check(policy, endUserType, attributes, EndUserAttributes);
        var endUsers = new Dictionary<string, IReadOnlyDictionary<string, string>>(EndUserAttributes, StringComparer.Ordinal) { [endUserType] = values };
        return new OnboardingDraft(BusinessProfileSid, Numbers, Policies, endUsers);
    }
}
