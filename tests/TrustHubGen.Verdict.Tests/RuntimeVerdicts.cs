using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Policies;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Verdict.Tests;

/// <summary>
/// The running side, against one in-process emulator whose account holds every well-formed number of the table on an
/// approved Primary Business Profile: the emulator's HTTP API (a trust product per policy, one
/// ChannelEndpointAssignment per number; one EndUser per display name) and the onboarding engine's planner reading
/// that account through <see cref="TrustHubRestOperations"/> with policies mapped by <see cref="OnboardingPolicy.From"/>.
/// A malformed number cannot be in an account: the emulator's answer is its refusal to load one.
/// </summary>
internal sealed class RuntimeVerdicts : IAsyncDisposable
{
    private const string ProfileSid = "BU5e7d1f0c2b3a4958a6b7c8d9e0f1a2b3";

    private readonly EmulatorHost _host;
    private readonly HttpClient _http = new();
    private readonly HttpClient _api;
    private readonly OnboardingPlanner _planner;
    private readonly Dictionary<string, string> _numberSids;

    private RuntimeVerdicts(EmulatorHost host, Dictionary<string, string> numberSids)
    {
        _host = host;
        _numberSids = numberSids;
        _api = new HttpClient { BaseAddress = host.BaseAddress };
        _api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{host.AccountSid}:{host.AuthToken}")));
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(host.AccountSid, host.AuthToken) };
        options.UseBaseAddressForAllHosts(host.BaseAddress);
        options.Retry = new TwilioRetryOptions { MaxRetries = 0 };
        _planner = new OnboardingPlanner(new TrustHubRestOperations(new TwilioHttpTransport(_http, options)));
    }

    public static async Task<RuntimeVerdicts> StartAsync(string directory, string userPolicyPath)
    {
        var wellFormed = VerdictTable.Numbers.Select(c => c.Number).Where(PhoneNumberFacts.IsE164).Distinct().ToList();
        var sids = wellFormed.Select((n, i) => (n, Sid: "PN" + (i + 1).ToString("x32"))).ToDictionary(p => p.n, p => p.Sid, StringComparer.Ordinal);
        var seed = Path.Combine(directory, "seed.json");
        await File.WriteAllTextAsync(seed, Seed(sids.Select(p => (p.Key, p.Value))));
        var host = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = seed, PolicyFiles = { userPolicyPath } });
        return new RuntimeVerdicts(host, sids);
    }

    /// <summary>The emulator's refusal to hold a malformed number in an account (its seed and state files).</summary>
    public static async Task<Verdict> EmulatorLoadsAsync(string directory, string number)
    {
        var seed = Path.Combine(directory, "malformed-seed.json");
        await File.WriteAllTextAsync(seed, Seed([(number, "PN" + new string('f', 32))]));
        try
        {
            await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = seed });
            return Verdict.Accepted;
        }
        catch (InvalidDataException e)
        {
            return Verdict.Refused(e.Message);
        }
    }

    /// <summary>The emulator's answer to a policy file: it starts with it, or refuses it with the reader's diagnostics.</summary>
    public static async Task<Verdict> EmulatorStartsWithAsync(string policyPath)
    {
        try
        {
            await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { Seed = "none", PolicyFiles = { policyPath } });
            return Verdict.Accepted;
        }
        catch (ArgumentException e)
        {
            return Verdict.Refused(e.Message);
        }
    }

    /// <summary>POSTs one ChannelEndpointAssignment per number to a fresh trust product of each policy.</summary>
    public async Task<Verdict[]> EmulatorNumbersAsync(IReadOnlyDictionary<string, string> policySids)
    {
        var products = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, sid) in policySids)
        {
            var product = await PostAsync("v1/TrustProducts", ("FriendlyName", "Verdict " + name), ("Email", "ops@example.com"), ("PolicySid", sid));
            Assert.True(product.Status == HttpStatusCode.Created, product.ToString());
            products[name] = product.Json["sid"]!.GetValue<string>();
            var profile = await PostAsync($"v1/TrustProducts/{products[name]}/EntityAssignments", ("ObjectSid", ProfileSid));
            Assert.True(profile.Status == HttpStatusCode.Created, profile.ToString());
        }

        var verdicts = new Verdict[VerdictTable.Numbers.Count];
        for (var i = 0; i < verdicts.Length; i++)
        {
            var row = VerdictTable.Numbers[i];
            if (!_numberSids.TryGetValue(row.Number, out var numberSid))
            {
                continue;
            }

            var answer = await PostAsync($"v1/TrustProducts/{products[row.Policy]}/ChannelEndpointAssignments", ("ChannelEndpointType", "phone-number"), ("ChannelEndpointSid", numberSid));
            verdicts[i] = Judge(answer);
        }

        return verdicts;
    }

    /// <summary>POSTs one cnam_information EndUser per display name.</summary>
    public async Task<Verdict[]> EmulatorAttributesAsync()
    {
        var verdicts = new List<Verdict>();
        foreach (var row in VerdictTable.Attributes)
        {
            var attributes = new JsonObject { ["cnam_display_name"] = row.Value }.ToJsonString();
            verdicts.Add(Judge(await PostAsync("v1/EndUsers", ("FriendlyName", "Verdict"), ("Type", "cnam_information"), ("Attributes", attributes))));
        }

        return [.. verdicts];
    }

    /// <summary>Plans each policy's numbers (by E.164) for the profile; a number is refused for the policy, or for all.</summary>
    public async Task<Verdict[]> EngineNumbersAsync(IReadOnlyDictionary<string, OnboardingPolicy> policies)
    {
        var verdicts = new Verdict[VerdictTable.Numbers.Count];
        foreach (var group in VerdictTable.Numbers.Select((row, i) => (row, i)).GroupBy(p => p.row.Policy))
        {
            var plan = await _planner.PlanAsync(Request(policies[group.Key], OnboardingNumbers.FromPhoneNumbers(group.Select(p => p.row.Number)), "OWL INDUSTRIES"));
            foreach (var (row, i) in group)
            {
                var refused = plan.Refused.Where(r => r.Number == row.Number.Trim() && (r.Policy is null || r.Policy == row.Policy)).ToList();
                verdicts[i] = refused.Count == 0 ? Verdict.Accepted : Verdict.Refused(string.Join(" | ", refused.Select(r => r.Reason)));
            }
        }

        return verdicts;
    }

    /// <summary>Plans a CNAM onboarding with each display name: the engine refuses an invalid one before any call.</summary>
    public async Task<Verdict[]> EngineAttributesAsync(OnboardingPolicy cnam)
    {
        var verdicts = new List<Verdict>();
        foreach (var row in VerdictTable.Attributes)
        {
            verdicts.Add(await EnginePlansAsync(Request(cnam, OnboardingNumbers.FromPhoneNumbers(["+14155550100"]), row.Value)));
        }

        return [.. verdicts];
    }

    /// <summary>The engine's answer to a policy: it plans with it, or refuses the request naming the problem.</summary>
    public Task<Verdict> EnginePlansWithAsync(OnboardingPolicy policy) =>
        EnginePlansAsync(Request(policy, OnboardingNumbers.FromPhoneNumbers(["+16045550100"]), "OWL INDUSTRIES"));

    public async ValueTask DisposeAsync()
    {
        _api.Dispose();
        _http.Dispose();
        await _host.DisposeAsync();
    }

    private async Task<Verdict> EnginePlansAsync(OnboardingRequest request)
    {
        try
        {
            await _planner.PlanAsync(request);
            return Verdict.Accepted;
        }
        catch (ArgumentException e)
        {
            return Verdict.Refused(e.Message);
        }
    }

    private static OnboardingRequest Request(OnboardingPolicy policy, OnboardingNumbers numbers, string displayName) => new()
    {
        BusinessProfileSid = ProfileSid,
        Policies = [policy],
        Numbers = numbers,
        NotificationEmail = "ops@example.com",
        EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = displayName },
        },
    };

    private static Verdict Judge((HttpStatusCode Status, JsonNode Json) answer) => answer.Status switch
    {
        HttpStatusCode.Created => Verdict.Accepted,
        HttpStatusCode.BadRequest => Verdict.Refused(answer.Json["message"]!.GetValue<string>()),
        _ => throw new InvalidOperationException($"Unexpected answer: {(int)answer.Status} {answer.Json}"),
    };

    private async Task<(HttpStatusCode Status, JsonNode Json)> PostAsync(string path, params (string Name, string Value)[] form)
    {
        using var response = await _api.PostAsync(path, new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    /// <summary>A seed file (docs/emulator.md "Seeds"): the numbers on a twilio-approved Primary Business Profile with an EIN.</summary>
    private static string Seed(IEnumerable<(string Number, string Sid)> numbers)
    {
        var list = numbers.ToList();
        var seed = new JsonObject
        {
            ["accounts"] = new JsonArray(new JsonObject
            {
                ["sid"] = EmulatorDefaults.AccountSid,
                ["auth_token"] = EmulatorDefaults.AuthToken,
                ["incoming_phone_numbers"] = new JsonArray(list.Select(n => (JsonNode)new JsonObject { ["sid"] = n.Sid, ["phone_number"] = n.Number }).ToArray()),
                ["end_users"] = new JsonArray(new JsonObject
                {
                    ["sid"] = "IT5e7d1f0c2b3a4958a6b7c8d9e0f1a2b3",
                    ["type"] = "customer_profile_business_information",
                    ["attributes"] = new JsonObject { ["business_name"] = "Owl Industries", ["business_registration_identifier"] = "EIN", ["business_registration_number"] = "12-3456789" },
                }),
                ["customer_profiles"] = new JsonArray(new JsonObject
                {
                    ["sid"] = ProfileSid,
                    ["policy_sid"] = "RN6433641899984f951173ef1738c3bdd0",
                    ["status"] = "twilio-approved",
                    ["entity_assignments"] = new JsonArray(new JsonObject { ["object_sid"] = "IT5e7d1f0c2b3a4958a6b7c8d9e0f1a2b3" }),
                    ["channel_endpoint_assignments"] = new JsonArray(list.Select(n => (JsonNode)new JsonObject { ["channel_endpoint_sid"] = n.Sid }).ToArray()),
                }),
                ["trust_products"] = new JsonArray(),
            }),
        };
        return seed.ToJsonString();
    }
}
