using System.Text;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Resilience.Tests.Infrastructure;

/// <summary>
/// The account's Trust Hub state as text free of SIDs (numbers by E.164, end users by type, name and attributes), so the
/// state of two emulators can be compared line by line. Duplicates show: every list keeps its repeats and its count.
/// </summary>
internal static class FinalState
{
    public static async Task<string> DescribeAsync(ITrustHubOperations ops, string profileSid, IEnumerable<OnboardingPolicy> policies)
    {
        var e164 = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var number in ops.ListIncomingPhoneNumbersAsync(null, default)) e164[number.Sid] = number.PhoneNumber;
        var endUsers = new Dictionary<string, TrustHubEndUser>(StringComparer.Ordinal);
        await foreach (var user in ops.ListEndUsersAsync(default)) endUsers[user.Sid] = user;

        var text = new StringBuilder();
        var onProfile = await ToListAsync(ops.ListChannelEndpointAssignmentsAsync(OnboardingBundleKind.CustomerProfile, profileSid, default));
        text.AppendLine($"profile: {Numbers(onProfile)}");
        text.AppendLine("end users:");
        foreach (var user in endUsers.Values.Select(Describe).Order(StringComparer.Ordinal)) text.AppendLine($"  {user}");
        foreach (var policy in policies)
        {
            var products = new List<TrustHubBundle>();
            await foreach (var bundle in ops.ListBundlesAsync(policy.Kind, policy.Sid, default)) products.Add(bundle);
            text.AppendLine($"{policy.Name}: {products.Count} product(s)");
            foreach (var product in products.OrderBy(p => p.FriendlyName, StringComparer.Ordinal).ThenBy(p => p.Status, StringComparer.Ordinal))
            {
                var numbers = await ToListAsync(ops.ListChannelEndpointAssignmentsAsync(policy.Kind, product.Sid, default));
                var entities = await ToListAsync(ops.ListEntityAssignmentsAsync(policy.Kind, product.Sid, default));
                text.AppendLine($"  \"{product.FriendlyName.Replace(profileSid, "{profile}", StringComparison.Ordinal)}\" {product.Status}");
                text.AppendLine($"    numbers: {Numbers(numbers)}");
                var objects = entities.Select(e => e.ObjectSid == profileSid ? "the Business Profile"
                    : endUsers.TryGetValue(e.ObjectSid, out var user) ? "end user " + Describe(user) : "unknown object " + e.ObjectSid[..2]);
                text.AppendLine($"    entities: {string.Join("; ", objects.Order(StringComparer.Ordinal))}");
            }
        }
        return text.ToString();

        string Numbers(List<ChannelEndpointAssignment> assignments) =>
            $"{assignments.Count} assignment(s) [{string.Join(",", assignments.Select(a => $"{a.ChannelEndpointType}:{e164.GetValueOrDefault(a.ChannelEndpointSid, a.ChannelEndpointSid)}").Order(StringComparer.Ordinal))}]";

        string Describe(TrustHubEndUser user) =>
            $"{user.Type} \"{user.FriendlyName.Replace(profileSid, "{profile}", StringComparison.Ordinal)}\" {{{string.Join(", ", user.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}"))}}}";
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }
}
