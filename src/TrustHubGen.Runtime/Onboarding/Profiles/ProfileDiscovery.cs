using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace TrustHubGen.Runtime.Onboarding.Profiles;

/// <summary>What the service holds for one Business Profile request; read-only calls only.</summary>
internal sealed class ProfileDiscovery
{
    private const OnboardingBundleKind Kind = OnboardingBundleKind.CustomerProfile;

    private ProfileDiscovery(BusinessProfileRequest request)
    {
        Request = request;
        var prefix = $"{request.Options.FriendlyNamePrefix} {request.Policy.Name}";
        DocumentFriendlyName = $"{prefix} address {request.FriendlyName}";
        // Twilio takes at most 64 characters here; addresses are found again by their content, not this name.
        var addressName = $"{request.Options.FriendlyNamePrefix} {request.FriendlyName}";
        AddressFriendlyName = addressName.Length <= 64 ? addressName : addressName.Substring(0, 64);
    }

    public BusinessProfileRequest Request { get; }
    public TrustHubBundle? Profile { get; set; }
    public bool HasPrimary { get; set; }
    public List<DiscoveredEndUser> EndUsers { get; } = new();
    public bool HasAddressDocument { get; set; }
    public string? ReusableAddressSid { get; set; }
    public string? ReusableDocumentSid { get; set; }
    public string DocumentFriendlyName { get; }
    public string AddressFriendlyName { get; }
    public List<string> Warnings { get; } = new();

    public bool IsLocked => Profile is { Status: "pending-review" or "in-review" or "twilio-approved" };
    public bool NeedsPrimary => Request.Policy.RequiresBusinessProfile && !HasPrimary;
    public bool NeedsAddressDocument => Request.Address is not null && !HasAddressDocument;

    /// <exception cref="InvalidOperationException">The Primary profile cannot be assigned (missing, not approved, wrong policy); nothing was written.</exception>
    public static async Task<ProfileDiscovery> ReadAsync(OperationCounter ops, BusinessProfileRequest request, CancellationToken ct)
    {
        var found = new ProfileDiscovery(request);
        var policy = request.Policy;
        await found.FindProfileAsync(ops, ct).ConfigureAwait(false);

        foreach (var rule in policy.EndUsers)
        {
            request.EndUserAttributes.TryGetValue(rule.Type, out var values);
            if (values is null) continue;
            found.EndUsers.Add(new DiscoveredEndUser
            {
                Rule = rule,
                FriendlyName = $"{request.Options.FriendlyNamePrefix} {policy.Name} {rule.Type} {request.FriendlyName}",
                AttributesJson = EndUserAttributeJson.For(rule, values),
            });
        }

        if (found.Profile is { } profile) await found.ReadAssignmentsAsync(ops, profile.Sid, ct).ConfigureAwait(false);
        if (found.EndUsers.Any(e => e.AssignedSid is null)) await found.FindReusableEndUsersAsync(ops, ct).ConfigureAwait(false);
        if (found.NeedsAddressDocument) await found.FindReusableAddressAsync(ops, ct).ConfigureAwait(false);
        if (found.NeedsPrimary && !found.IsLocked) await found.CheckPrimaryAsync(ops, ct).ConfigureAwait(false);
        return found;
    }

    private async Task FindProfileAsync(OperationCounter ops, CancellationToken ct)
    {
        var matches = new List<TrustHubBundle>();
        await foreach (var bundle in ops.ListBundlesAsync(Kind, Request.Policy.Sid, ct).ConfigureAwait(false))
        {
            if (bundle.FriendlyName == Request.FriendlyName && bundle.PolicySid == Request.Policy.Sid) matches.Add(bundle);
        }
        // More than one can only come from someone else's work; the one furthest along wins, the rest are reported.
        Profile = matches.OrderBy(b => StatusRank(b.Status)).ThenBy(b => b.Sid, StringComparer.Ordinal).FirstOrDefault();
        if (matches.Count > 1)
            Warnings.Add($"{matches.Count} {Request.Policy.Name} profiles are named \"{Request.FriendlyName}\" ({string.Join(", ", matches.Select(m => m.Sid))}); using {Profile!.Sid}.");
    }

    private async Task ReadAssignmentsAsync(OperationCounter ops, string profileSid, CancellationToken ct)
    {
        var endUserSids = new List<string>();
        var documentSids = new List<string>();
        await foreach (var entity in ops.ListEntityAssignmentsAsync(Kind, profileSid, ct).ConfigureAwait(false))
        {
            if (entity.ObjectSid == Request.PrimaryProfileSid) HasPrimary = true;
            else if (entity.ObjectSid.StartsWith("BU", StringComparison.Ordinal))
                Warnings.Add($"Profile {profileSid} carries another Business Profile ({entity.ObjectSid}) than PrimaryProfileSid {Request.PrimaryProfileSid ?? "(none)"}.");
            else if (entity.ObjectSid.StartsWith("IT", StringComparison.Ordinal)) endUserSids.Add(entity.ObjectSid);
            else if (entity.ObjectSid.StartsWith("RD", StringComparison.Ordinal)) documentSids.Add(entity.ObjectSid);
        }
        foreach (var sid in endUserSids)
        {
            var endUser = await ops.FetchEndUserAsync(sid, ct).ConfigureAwait(false);
            var wanted = EndUsers.FirstOrDefault(e => e.Rule.Type == endUser.Type && e.AssignedSid is null);
            wanted?.Assign(endUser);
        }
        foreach (var sid in documentSids)
        {
            var document = await ops.FetchSupportingDocumentAsync(sid, ct).ConfigureAwait(false);
            if (document.Type == AddressDocument.Type) HasAddressDocument = true;
        }
    }

    // An end user created by a run that stopped before assigning it is reused, never created twice.
    private async Task FindReusableEndUsersAsync(OperationCounter ops, CancellationToken ct)
    {
        await foreach (var endUser in ops.ListEndUsersAsync(ct).ConfigureAwait(false))
        {
            foreach (var wanted in EndUsers.Where(e => e.AssignedSid is null && e.ReusableSid is null))
            {
                if (endUser.Type == wanted.Rule.Type && endUser.FriendlyName == wanted.FriendlyName && EndUserAttributeJson.IsHeldBy(wanted.AttributesJson, endUser.Attributes))
                    wanted.ReusableSid = endUser.Sid;
            }
        }
    }

    // The same address (field for field) and the document naming it, left by a run that stopped before assigning them.
    private async Task FindReusableAddressAsync(OperationCounter ops, CancellationToken ct)
    {
        var address = Request.Address!;
        var candidates = new List<string>();
        await foreach (var existing in ops.ListAddressesAsync(ct).ConfigureAwait(false))
        {
            if (address.Matches(existing)) candidates.Add(existing.Sid);
        }
        if (candidates.Count == 0) return;
        ReusableAddressSid = candidates[0];
        await foreach (var document in ops.ListSupportingDocumentsAsync(ct).ConfigureAwait(false))
        {
            if (document.Type != AddressDocument.Type || document.FriendlyName != DocumentFriendlyName) continue;
            var named = AddressDocument.AddressSids(document).FirstOrDefault(candidates.Contains);
            if (named is null) continue;
            ReusableAddressSid = named;
            ReusableDocumentSid = document.Sid;
            return;
        }
    }

    private async Task CheckPrimaryAsync(OperationCounter ops, CancellationToken ct)
    {
        var sid = Request.PrimaryProfileSid!;
        TrustHubBundle primary;
        try
        {
            primary = await ops.FetchAssignableProfileAsync(sid, ct).ConfigureAwait(false);
        }
        catch (TwilioApiException e) when (e.Status == 404)
        {
            throw new InvalidOperationException($"PrimaryProfileSid {sid} is not a Customer Profile of this account or its parent account; nothing was written.", e);
        }
        var accepted = Request.Policy.AcceptedProfilePolicySids;
        if (accepted.Count > 0 && !accepted.Contains(primary.PolicySid))
            throw new InvalidOperationException($"PrimaryProfileSid {sid} uses policy {primary.PolicySid}; policy {Request.Policy.Name} accepts profiles of {string.Join(", ", accepted)}. Nothing was written.");
        if (primary.Status != "twilio-approved")
            throw new InvalidOperationException($"PrimaryProfileSid {sid} is {primary.Status}; a {Request.Policy.Name} profile needs a twilio-approved Primary Business Profile. Wait for its approval, then run again. Nothing was written.");
    }

    private static int StatusRank(string status) => status switch
    {
        "twilio-approved" => 0,
        "in-review" => 1,
        "pending-review" => 2,
        "draft" => 3,
        _ => 4,
    };
}
