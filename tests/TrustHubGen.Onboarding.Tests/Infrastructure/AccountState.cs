using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests.Infrastructure;

/// <summary>The final state tests compare: per policy the products with the engine's name, their numbers, entities and end users.</summary>
internal static class AccountState
{
    public static async Task<string> DescribeAsync(ITrustHubOperations ops, OnboardingRequest request)
    {
        var lines = new List<string>();
        var profileNumbers = await ToListAsync(ops.ListChannelEndpointAssignmentsAsync(OnboardingBundleKind.CustomerProfile, request.BusinessProfileSid, default));
        lines.Add($"profile numbers: {string.Join(",", profileNumbers.Select(a => a.ChannelEndpointSid).Order())} (assignments {profileNumbers.Count})");
        var endUsers = await ToListAsync(ops.ListEndUsersAsync(default));
        foreach (var policy in request.Policies)
        {
            var name = $"{request.Options.FriendlyNamePrefix} {policy.Name} {request.BusinessProfileSid}";
            var products = (await ToListAsync(ops.ListBundlesAsync(policy.Kind, policy.Sid, default))).Where(b => b.FriendlyName == name).ToList();
            lines.Add($"{policy.Name}: {products.Count} product(s) {string.Join(",", products.Select(p => p.Status))}");
            foreach (var product in products)
            {
                var numbers = await ToListAsync(ops.ListChannelEndpointAssignmentsAsync(policy.Kind, product.Sid, default));
                var entities = await ToListAsync(ops.ListEntityAssignmentsAsync(policy.Kind, product.Sid, default));
                lines.Add($"  numbers: {string.Join(",", numbers.Select(a => a.ChannelEndpointSid).Order())} (assignments {numbers.Count})");
                lines.Add($"  entities: {entities.Count(e => e.ObjectSid.StartsWith("BU"))} profile(s), {entities.Count(e => e.ObjectSid.StartsWith("IT"))} end user(s)");
            }
            foreach (var rule in policy.EndUsers)
                lines.Add($"  {rule.Type} end users named by the engine: {endUsers.Count(e => e.Type == rule.Type && e.FriendlyName.StartsWith(request.Options.FriendlyNamePrefix + " " + policy.Name))}");
        }
        return string.Join("\n", lines);
    }

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}
