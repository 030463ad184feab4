using System;
using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Durable;

/// <summary>
/// What to onboard for one ISV customer: its Secondary Business Profile in its subaccount, then (once Twilio approved
/// it) its trust products on that profile. Built from the generated pipelines, e.g.
/// <c>Profile = SecondaryBusinessProfileOnboarding.For(…)…NotifyEmail(…).Request</c> and
/// <c>Products = sid =&gt; CnamOnboarding.For(CustomerProfileSid.Parse(sid))…AndShakenStir().NotifyEmail(…).Request</c>.
/// The jobs set the status callback and never wait for a review, whatever the requests' options say.
/// </summary>
public sealed record IsvCustomerOnboarding
{
    /// <summary>The customer's subaccount (<c>AC…</c>); every call for this customer acts for it.</summary>
    public required string AccountSid { get; init; }

    /// <summary>The customer's Business Profile (found again by its policy and friendly name: keep both stable).</summary>
    public required BusinessProfileRequest Profile { get; init; }

    /// <summary>The customer's trust products, given the approved profile's SID.</summary>
    public required Func<string, OnboardingRequest> Products { get; init; }
}
