using TrustHubGen.Runtime.Onboarding;
using TrustHubGen.Runtime.Onboarding.Profiles;
using static TrustHubGen.Onboarding.Tests.Infrastructure.AccountState;

namespace TrustHubGen.Onboarding.Tests.Isv;

/// <summary>What the service holds for one Business Profile request, as text two runs can be compared by.</summary>
internal static class ProfileState
{
    public static async Task<string> DescribeAsync(ITrustHubOperations ops, BusinessProfileRequest request)
    {
        var lines = new List<string>();
        var prefix = $"{request.Options.FriendlyNamePrefix} {request.Policy.Name}";
        var profiles = (await ToListAsync(ops.ListBundlesAsync(OnboardingBundleKind.CustomerProfile, request.Policy.Sid, default)))
            .Where(p => p.FriendlyName == request.FriendlyName).ToList();
        lines.Add($"profiles: {profiles.Count} {string.Join(",", profiles.Select(p => p.Status))}");
        foreach (var profile in profiles)
        {
            var entities = await ToListAsync(ops.ListEntityAssignmentsAsync(OnboardingBundleKind.CustomerProfile, profile.Sid, default));
            var endUserTypes = new List<string>();
            foreach (var entity in entities.Where(e => e.ObjectSid.StartsWith("IT")))
                endUserTypes.Add((await ops.FetchEndUserAsync(entity.ObjectSid, default)).Type);
            lines.Add($"  primary assigned: {entities.Count(e => e.ObjectSid == request.PrimaryProfileSid)}, other profiles: {entities.Count(e => e.ObjectSid.StartsWith("BU") && e.ObjectSid != request.PrimaryProfileSid)}");
            lines.Add($"  end users: {string.Join(",", endUserTypes.Order())}");
            lines.Add($"  documents: {entities.Count(e => e.ObjectSid.StartsWith("RD"))}");
        }
        var endUsers = await ToListAsync(ops.ListEndUsersAsync(default));
        foreach (var type in request.EndUserAttributes.Keys.Order())
            lines.Add($"{type} end users named by the engine: {endUsers.Count(e => e.Type == type && e.FriendlyName == $"{prefix} {type} {request.FriendlyName}")}");
        var documents = await ToListAsync(ops.ListSupportingDocumentsAsync(default));
        lines.Add($"address documents named by the engine: {documents.Count(d => d.Type == "customer_profile_address" && d.FriendlyName == $"{prefix} address {request.FriendlyName}")}");
        var addresses = await ToListAsync(ops.ListAddressesAsync(default));
        lines.Add($"addresses with the requested fields: {addresses.Count(a => a.Street == request.Address!.Street && a.CustomerName == request.Address.CustomerName)}");
        return string.Join("\n", lines);
    }
}
