using System;
using System.Collections.Generic;
using System.ComponentModel;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The immutable state a generated Business Profile pipeline (<c>SecondaryBusinessProfileOnboarding</c>, …) carries
/// from stage to stage. Each step checks its own input at once, so a mistake is reported where it was made.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BusinessProfileDraft
{
    private BusinessProfileDraft(OnboardingPolicy policy, string friendlyName, string? primary, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> endUsers, BusinessProfileAddress? address)
    {
        Policy = policy;
        FriendlyName = friendlyName;
        PrimaryProfileSid = primary;
        EndUserAttributes = endUsers;
        Address = address;
    }

    /// <summary>The customer-profile policy.</summary>
    public OnboardingPolicy Policy { get; }

    /// <summary>The profile's friendly name (the engine finds the profile again by it).</summary>
    public string FriendlyName { get; }

    /// <summary>The ISV's twilio-approved Primary Business Profile, for a policy that requires one.</summary>
    public string? PrimaryProfileSid { get; }

    /// <summary>End-user attribute values by end-user type and attribute name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> EndUserAttributes { get; }

    /// <summary>The business address, once given.</summary>
    public BusinessProfileAddress? Address { get; }

    /// <summary>Starts a draft for one Business Profile of <paramref name="policy"/>.</summary>
    /// <exception cref="ArgumentException">The policy is not a customer-profile policy, or the name is empty.</exception>
    public static BusinessProfileDraft Start(OnboardingPolicy policy, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (policy.Kind != OnboardingBundleKind.CustomerProfile)
            throw new ArgumentException($"Policy \"{policy.Name}\" ({policy.Sid}) is a trust-product policy; a Business Profile pipeline needs a customer-profile policy.", nameof(policy));
        if (string.IsNullOrWhiteSpace(friendlyName))
            throw new ArgumentException("friendlyName is empty; the profile is found again by its friendly name, so give each customer's profile its own.", nameof(friendlyName));
        return new BusinessProfileDraft(policy, friendlyName, null, new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal), null);
    }

    /// <summary>Sets the ISV's twilio-approved Primary Business Profile.</summary>
    /// <exception cref="ArgumentException">The SID is not a <c>BU…</c> SID.</exception>
    public BusinessProfileDraft WithPrimaryProfile(string primaryProfileSid)
    {
        if (SidFormat.Check(primaryProfileSid, "BU", "primaryProfile") is { } problem) throw new ArgumentException(problem, nameof(primaryProfileSid));
        return new BusinessProfileDraft(Policy, FriendlyName, primaryProfileSid, EndUserAttributes, Address);
    }

    /// <summary>Sets one end user's attribute values, checked against every rule of the policy for that type.</summary>
    /// <param name="policy">The policy (must be this draft's).</param>
    /// <param name="endUserType">The end-user type, e.g. <c>authorized_representative_1</c>.</param>
    /// <param name="attributes">The values by attribute name; null values are left out.</param>
    /// <exception cref="ArgumentException">A value breaks a rule or an attribute is unknown.</exception>
    public BusinessProfileDraft WithEndUser(OnboardingPolicy policy, string endUserType, IReadOnlyDictionary<string, string?> attributes)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(attributes);
        if (policy.Sid != Policy.Sid) throw new ArgumentException($"Policy \"{policy.Name}\" is not this profile's policy ({Policy.Name}).", nameof(policy));
        var values = EndUserValues.Check(policy, endUserType, attributes, new Dictionary<string, IReadOnlyDictionary<string, string>>());
        var endUsers = new Dictionary<string, IReadOnlyDictionary<string, string>>(EndUserAttributes, StringComparer.Ordinal) { [endUserType] = values };
        return new BusinessProfileDraft(Policy, FriendlyName, PrimaryProfileSid, endUsers, Address);
    }

    /// <summary>Sets the business address (sent as an Address and its supporting document).</summary>
    /// <exception cref="ArgumentException">A field of the address is missing or malformed.</exception>
    public BusinessProfileDraft WithAddress(BusinessProfileAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var problems = address.GetValidationProblems();
        if (problems.Count > 0) throw new ArgumentException("address is invalid: " + string.Join(" ", problems), nameof(address));
        return new BusinessProfileDraft(Policy, FriendlyName, PrimaryProfileSid, EndUserAttributes, address);
    }
}
