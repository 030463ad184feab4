using System.Text.Json;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>What the emulator's state file holds per customer subaccount: every object and assignment, to find duplicates.</summary>
internal sealed record CustomerCensus(
    string AccountSid,
    IReadOnlyList<(string Sid, string Policy, string Status, IReadOnlyList<int> Errors, IReadOnlyList<string> Objects, IReadOnlyList<string> Numbers)> Bundles,
    IReadOnlyList<string> EndUserTypes,
    int SupportingDocuments,
    int Addresses,
    IReadOnlyDictionary<string, string> NumberSids)
{
    public static IReadOnlyDictionary<string, CustomerCensus> Read(string stateFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(stateFile));
        var result = new Dictionary<string, CustomerCensus>(StringComparer.Ordinal);
        foreach (var account in json.RootElement.GetProperty("accounts").EnumerateArray())
        {
            if (!account.TryGetProperty("owner_account_sid", out var owner) || owner.ValueKind != JsonValueKind.String) continue;
            var sid = account.GetProperty("sid").GetString()!;
            var bundles = ReadBundles(account, "customer_profiles").Concat(ReadBundles(account, "trust_products")).ToList();
            result[sid] = new CustomerCensus(
                sid,
                bundles,
                List(account, "end_users").Select(e => e.GetProperty("type").GetString()!).ToList(),
                List(account, "supporting_documents").Count(),
                List(account, "addresses").Count(),
                List(account, "incoming_phone_numbers").ToDictionary(n => n.GetProperty("sid").GetString()!, n => n.GetProperty("phone_number").GetString()!));
        }
        return result;
    }

    private static IEnumerable<JsonElement> List(JsonElement account, string name) =>
        account.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray() : [];

    private static IEnumerable<(string, string, string, IReadOnlyList<int>, IReadOnlyList<string>, IReadOnlyList<string>)> ReadBundles(JsonElement account, string name) =>
        List(account, name).Select(b => (
            b.GetProperty("sid").GetString()!,
            b.GetProperty("policy_sid").GetString()!,
            b.GetProperty("status").GetString()!,
            (IReadOnlyList<int>)List(b, "errors").Select(e => e.ValueKind == JsonValueKind.Number ? e.GetInt32() : e.GetProperty("code").GetInt32()).ToList(),
            (IReadOnlyList<string>)List(b, "entity_assignments").Select(a => a.GetProperty("object_sid").GetString()!).ToList(),
            (IReadOnlyList<string>)List(b, "channel_endpoint_assignments").Select(a => a.GetProperty("channel_endpoint_sid").GetString()!).ToList()));
}
