using System.Net;

namespace TrustHubGen.Emulator.Tests.Infrastructure;

/// <summary>The documented flow steps, each asserting its own success, so rule tests start from a known bundle.</summary>
internal static class Flows
{
    public static async Task<string> CreateTrustProductAsync(ApiClient client, string policySid, string? statusCallback = null)
    {
        var form = new List<(string, string)> { ("FriendlyName", "Owl CNAM"), ("Email", "ops@owl.example.com"), ("PolicySid", policySid) };
        if (statusCallback is not null)
        {
            form.Add(("StatusCallback", statusCallback));
        }

        var response = await client.PostAsync("v1/TrustProducts", [.. form]);
        Assert.True(response.Status == HttpStatusCode.Created, response.ToString());
        return response.Str("sid");
    }

    public static async Task<ApiResponse> AssignEntityAsync(ApiClient client, string bundleSid, string objectSid, string collection = "TrustProducts") =>
        await client.PostAsync($"v1/{collection}/{bundleSid}/EntityAssignments", ("ObjectSid", objectSid));

    public static async Task<ApiResponse> AssignNumberAsync(ApiClient client, string bundleSid, string numberSid, string collection = "TrustProducts", string type = "phone-number") =>
        await client.PostAsync($"v1/{collection}/{bundleSid}/ChannelEndpointAssignments", ("ChannelEndpointType", type), ("ChannelEndpointSid", numberSid));

    public static async Task<string> CreateCnamEndUserAsync(ApiClient client, string displayName = "Owl Industries")
    {
        var response = await CreateEndUserAsync(client, "cnam_information", $$"""{"cnam_display_name":"{{displayName}}"}""");
        Assert.True(response.Status == HttpStatusCode.Created, response.ToString());
        return response.Str("sid");
    }

    public static Task<ApiResponse> CreateEndUserAsync(ApiClient client, string type, string attributes) =>
        client.PostAsync("v1/EndUsers", ("FriendlyName", "end user"), ("Type", type), ("Attributes", attributes));

    /// <summary>CNAM steps 2–6 with a number already on the profile; returns the trust product SID (draft).</summary>
    public static async Task<string> CnamReadyToSubmitAsync(TestEmulator emulator, string? statusCallback = null)
    {
        var client = emulator.Client;
        var product = await CreateTrustProductAsync(client, TestEmulator.Cnam, statusCallback);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(client, product, emulator.Profile)).Status);
        var endUser = await CreateCnamEndUserAsync(client);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(client, product, endUser)).Status);
        var assigned = await AssignNumberAsync(client, product, emulator.Seed.NumbersOnProfile[0].Sid);
        Assert.True(assigned.Status == HttpStatusCode.Created, assigned.ToString());
        return product;
    }

    public static Task<ApiResponse> SetStatusAsync(ApiClient client, string bundleSid, string status, string collection = "TrustProducts") =>
        client.PostAsync($"v1/{collection}/{bundleSid}", ("Status", status));

    public static void AssertError(ApiResponse response, HttpStatusCode status, int code, params string[] messageParts)
    {
        Assert.True(response.Status == status && response.Json.ValueKind == System.Text.Json.JsonValueKind.Object && response.Code == code,
            $"expected {(int)status}/{code}, got {response}");
        Assert.Equal((int)status, response.Json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(response.Json.GetProperty("more_info").GetString()));
        var message = response.Str("message");
        foreach (var part in messageParts)
        {
            Assert.Contains(part, message, StringComparison.Ordinal);
        }
    }
}
