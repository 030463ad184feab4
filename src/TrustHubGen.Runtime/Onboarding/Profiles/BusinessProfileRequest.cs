using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using TrustHubGen.Policies;

namespace TrustHubGen.Runtime.Onboarding.Profiles;

/// <summary>
/// What to onboard: one Business Profile (a customer-profile bundle, e.g. an ISV customer's Secondary Customer Profile)
/// with its end users, its address document and, for a Secondary profile, the ISV's approved Primary profile.
/// </summary>
public sealed record BusinessProfileRequest
{
    /// <summary>The customer-profile policy (<see cref="OnboardingBundleKind.CustomerProfile"/>), built by the generated facade.</summary>
    public required OnboardingPolicy Policy { get; init; }

    /// <summary>The profile's friendly name; earlier work is found by policy and this name, so keep it stable per customer.</summary>
    public required string FriendlyName { get; init; }

    /// <summary>The email Twilio notifies about the profile's review.</summary>
    public required string Email { get; init; }

    /// <summary>The parent's twilio-approved Primary Business Profile (<c>BU…</c>) a Secondary profile is assigned; required when the policy takes a Business Profile.</summary>
    public string? PrimaryProfileSid { get; init; }

    /// <summary>End-user attribute values by end-user type, e.g. <c>customer_profile_business_information</c> → { <c>business_name</c> → "Acme" }.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> EndUserAttributes { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The business address; the engine creates it (API 2010 Addresses) and the <c>customer_profile_address</c> document pointing at it.</summary>
    public BusinessProfileAddress? Address { get; init; }

    /// <summary>An optional URL Twilio calls when the profile's status changes.</summary>
    public Uri? StatusCallback { get; init; }

    /// <summary>How to run (review waiting, friendly-name prefix, clock, retry monitor).</summary>
    public OnboardingOptions Options { get; init; } = new();

    // The shape Twilio's addresses take; the representatives' own email attributes use the policy's pattern instead.
    private static readonly Regex EmailShape = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem (each naming the input) before any call is made.</summary>
    internal void Validate()
    {
        var problems = new List<string>();
        if (Policy is null) problems.Add("Policy is not set; pass the customer-profile policy (e.g. PolicyCatalog.SecondaryBusinessProfile.OnboardingPolicy).");
        else
        {
            if (Policy.Kind != OnboardingBundleKind.CustomerProfile)
                problems.Add($"Policy \"{Policy.Name}\" ({Policy.Sid}) is a trust-product policy; Business Profiles need a customer-profile policy (use OnboardingRunner for trust products).");
            problems.AddRange(Policy.GetValidationProblems());
            CheckEndUsers(Policy, problems);
            if (Policy.RequiresBusinessProfile && PrimaryProfileSid is null)
                problems.Add($"PrimaryProfileSid is not set; policy {Policy.Name} requires the ISV's twilio-approved Primary Business Profile (BU…).");
            if (!Policy.RequiresBusinessProfile && PrimaryProfileSid is not null)
                problems.Add($"PrimaryProfileSid is set but policy {Policy.Name} takes no Business Profile; leave it unset.");
        }
        if (string.IsNullOrWhiteSpace(FriendlyName)) problems.Add("FriendlyName is empty; the profile is found again by its friendly name.");
        if (string.IsNullOrWhiteSpace(Email) || !EmailShape.IsMatch(Email))
            problems.Add($"Email \"{Email}\" is not an email address such as compliance@example.com; Twilio sends the review result there.");
        if (PrimaryProfileSid is not null && SidFormat.Check(PrimaryProfileSid, "BU", "PrimaryProfileSid") is { } primary) problems.Add(primary);
        if (Address is not null) problems.AddRange(Address.GetValidationProblems());
        if (StatusCallback is { } callback && (!callback.IsAbsoluteUri || (callback.Scheme != Uri.UriSchemeHttps && callback.Scheme != Uri.UriSchemeHttp)))
            problems.Add($"StatusCallback \"{callback}\" is not an absolute http(s) URL.");
        if (Options is null) problems.Add("Options is null; leave it unset for the defaults.");
        else problems.AddRange(Options.GetValidationProblems());
        if (problems.Count > 0) throw new ArgumentException("The Business Profile request is invalid: " + string.Join(" ", problems));
    }

    private void CheckEndUsers(OnboardingPolicy policy, List<string> problems)
    {
        if (EndUserAttributes is null)
        {
            problems.Add("EndUserAttributes is null; leave it unset when the policy takes no end users.");
            return;
        }
        foreach (var type in EndUserAttributes.Keys.Where(t => policy.EndUsers.All(r => r.Type != t)).OrderBy(t => t, StringComparer.Ordinal))
            problems.Add($"EndUserAttributes[\"{type}\"]: policy {policy.Name} takes no end user of that type; it takes {string.Join(", ", policy.EndUsers.Select(r => r.Type))}.");
        foreach (var rule in policy.EndUsers)
        {
            EndUserAttributes.TryGetValue(rule.Type, out var values);
            if (values is null)
            {
                if (rule.Min > 0)
                    problems.Add($"EndUserAttributes lacks \"{rule.Type}\"; policy {policy.Name} requires one with {string.Join(", ", rule.Attributes.Where(a => a.Required).Select(a => a.Name))}.");
                continue;
            }
            foreach (var attribute in rule.Attributes)
            {
                string? value = null;
                values.TryGetValue(attribute.Name, out value);
                if (PolicyRules.CheckAttribute(attribute, value) is { } problem)
                    problems.Add($"EndUserAttributes[\"{rule.Type}\"] for policy {policy.Name}: {problem}");
            }
        }
    }
}

/// <summary>A business address (API 2010 <c>Addresses</c>; the required fields are the spec's).</summary>
public sealed record BusinessProfileAddress
{
    /// <summary>The name at the address (usually the business name).</summary>
    public required string CustomerName { get; init; }

    /// <summary>Number and street.</summary>
    public required string Street { get; init; }

    /// <summary>Apartment, suite or floor.</summary>
    public string? StreetSecondary { get; init; }

    /// <summary>The city.</summary>
    public required string City { get; init; }

    /// <summary>The state or region (e.g. <c>CA</c>).</summary>
    public required string Region { get; init; }

    /// <summary>The postal code.</summary>
    public required string PostalCode { get; init; }

    /// <summary>The ISO 3166 alpha-2 country (e.g. <c>US</c>).</summary>
    public required string IsoCountry { get; init; }

    internal IReadOnlyList<string> GetValidationProblems()
    {
        var problems = new List<string>();
        void Need(string name, string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"Address.{name} is empty; Twilio requires it.");
        }
        Need(nameof(CustomerName), CustomerName);
        Need(nameof(Street), Street);
        Need(nameof(City), City);
        Need(nameof(Region), Region);
        Need(nameof(PostalCode), PostalCode);
        if (IsoCountry is null || IsoCountry.Length != 2 || !IsoCountry.All(c => c is >= 'A' and <= 'Z'))
            problems.Add($"Address.IsoCountry \"{IsoCountry}\" is not an ISO 3166 alpha-2 country code such as US.");
        return problems;
    }

    /// <summary>True when <paramref name="address"/> holds exactly these fields (an address an earlier run created).</summary>
    internal bool Matches(TrustHubAddress address) =>
        address.CustomerName == CustomerName && address.Street == Street && (address.StreetSecondary ?? "") == (StreetSecondary ?? "")
        && address.City == City && address.Region == Region && address.PostalCode == PostalCode && address.IsoCountry == IsoCountry;
}
