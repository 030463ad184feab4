using System.Net;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>Every status transition: what clients may set, what review sets, and what a status locks.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Submission_answers_pending_review_then_review_approves_a_compliant_product()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CnamReadyToSubmitAsync(emulator);
        var submitted = await SetStatusAsync(emulator.Client, product, "pending-review");
        Assert.Equal(HttpStatusCode.OK, submitted.Status);
        Assert.Equal("pending-review", submitted.Str("status"));

        var fetched = await emulator.Client.GetAsync($"v1/TrustProducts/{product}");
        Assert.Equal("twilio-approved", fetched.Str("status"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, fetched.Json.GetProperty("errors").ValueKind);
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, fetched.Json.GetProperty("valid_until").ValueKind);
    }

    [Fact]
    public async Task Review_rejects_a_noncompliant_product_with_codes_and_draft_reopens_it()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var client = emulator.Client;
        var product = await CreateTrustProductAsync(client, TestEmulator.Cnam);
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(client, product, emulator.Profile)).Status);
        Assert.Equal("pending-review", (await SetStatusAsync(client, product, "pending-review")).Str("status"));

        var rejected = await client.GetAsync($"v1/TrustProducts/{product}");
        Assert.Equal("twilio-rejected", rejected.Str("status"));
        var codes = rejected.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetInt32()).ToList();
        Assert.Contains(22214, codes);
        Assert.Contains(22215, codes);

        // A rejected bundle is editable: fix it, go back to draft (or resubmit directly) and pass.
        Assert.Equal(HttpStatusCode.Created, (await AssignEntityAsync(client, product, await CreateCnamEndUserAsync(client))).Status);
        var draft = await SetStatusAsync(client, product, "draft");
        Assert.Equal("draft", draft.Str("status"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, draft.Json.GetProperty("errors").ValueKind);
        await SetStatusAsync(client, product, "pending-review");
        Assert.Equal("twilio-approved", (await client.GetAsync($"v1/TrustProducts/{product}")).Str("status"));
    }

    [Theory]
    [InlineData("in-review")]
    [InlineData("twilio-approved")]
    [InlineData("twilio-rejected")]
    public async Task Clients_cannot_set_twilios_statuses(string status)
    {
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CreateTrustProductAsync(emulator.Client, TestEmulator.ShakenStir);
        AssertError(await SetStatusAsync(emulator.Client, product, status), HttpStatusCode.BadRequest, 990008, status, "pending-review");
        Assert.Equal("draft", (await emulator.Client.GetAsync($"v1/TrustProducts/{product}")).Str("status"));
    }

    [Fact]
    public async Task Unknown_statuses_are_refused_as_invalid_values()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CreateTrustProductAsync(emulator.Client, TestEmulator.ShakenStir);
        AssertError(await SetStatusAsync(emulator.Client, product, "submitted"), HttpStatusCode.BadRequest, 990011, "submitted");
    }

    [Fact]
    public async Task Draft_is_only_for_rejected_or_draft_bundles()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CreateTrustProductAsync(emulator.Client, TestEmulator.ShakenStir);
        Assert.Equal("draft", (await SetStatusAsync(emulator.Client, product, "draft")).Str("status"));
        AssertError(await SetStatusAsync(emulator.Client, emulator.Profile, "draft", "CustomerProfiles"), HttpStatusCode.BadRequest, 60711);
    }

    [Fact]
    public async Task Bundles_in_review_are_locked_with_60711_and_advance_step_by_step()
    {
        await using var emulator = await TestEmulator.StartAsync(o => o.ReviewStepDelay = TimeSpan.FromMilliseconds(300));
        var client = emulator.Client;
        var product = await CnamReadyToSubmitAsync(emulator);
        Assert.Equal("pending-review", (await SetStatusAsync(client, product, "pending-review")).Str("status"));

        AssertError(await client.PostAsync($"v1/TrustProducts/{product}", ("FriendlyName", "renamed")), HttpStatusCode.BadRequest, 60711, product, "pending-review");
        AssertError(await SetStatusAsync(client, product, "pending-review"), HttpStatusCode.BadRequest, 60711);
        AssertError(await AssignEntityAsync(client, product, await CreateCnamEndUserAsync(client, "Other")), HttpStatusCode.BadRequest, 60711);

        var seen = await PollStatusesAsync(client, product, "twilio-approved");
        Assert.Equal("twilio-approved", seen[^1]);
        Assert.DoesNotContain("twilio-rejected", seen);

        // Approved is locked too; CNAM takes no numbers after submission.
        AssertError(await client.PostAsync($"v1/TrustProducts/{product}", ("Email", "x@example.com")), HttpStatusCode.BadRequest, 60711, "twilio-approved");
        AssertError(await AssignNumberAsync(client, product, emulator.Seed.NumbersOnProfile[5].Sid), HttpStatusCode.BadRequest, 60711);
        var assignments = await client.GetAsync($"v1/TrustProducts/{product}/EntityAssignments");
        var endUserAssignment = assignments.Json.GetProperty("results")[1].GetProperty("sid").GetString();
        AssertError(await client.DeleteAsync($"v1/TrustProducts/{product}/EntityAssignments/{endUserAssignment}"), HttpStatusCode.BadRequest, 60711);
    }

    [Fact]
    public async Task End_users_inside_an_approved_bundle_cannot_change()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var client = emulator.Client;
        var product = await CreateTrustProductAsync(client, TestEmulator.Cnam);
        await AssignEntityAsync(client, product, emulator.Profile);
        var endUser = await CreateCnamEndUserAsync(client);
        await AssignEntityAsync(client, product, endUser);
        await AssignNumberAsync(client, product, emulator.Seed.NumbersOnProfile[0].Sid);
        await SetStatusAsync(client, product, "pending-review");
        AssertError(await client.PostAsync($"v1/EndUsers/{endUser}", ("FriendlyName", "x")), HttpStatusCode.BadRequest, 60711, product);
    }

    [Fact]
    public async Task Shaken_stir_takes_numbers_after_approval()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var client = emulator.Client;
        var product = await CreateTrustProductAsync(client, TestEmulator.ShakenStir);
        await AssignEntityAsync(client, product, emulator.Profile);
        Assert.Equal("pending-review", (await SetStatusAsync(client, product, "pending-review")).Str("status"));
        Assert.Equal("twilio-approved", (await client.GetAsync($"v1/TrustProducts/{product}")).Str("status"));
        Assert.Equal(HttpStatusCode.Created, (await AssignNumberAsync(client, product, emulator.Seed.NumbersOnProfile[3].Sid)).Status);
    }

    [Fact]
    public async Task Customer_profiles_go_through_the_same_review()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var client = emulator.Client;
        var profile = (await client.PostAsync("v1/CustomerProfiles", ("FriendlyName", "Owl"), ("Email", "a@example.com"), ("PolicySid", TestEmulator.PrimaryProfile))).Str("sid");
        await SetStatusAsync(client, profile, "pending-review", "CustomerProfiles");
        var rejected = await client.GetAsync($"v1/CustomerProfiles/{profile}");
        Assert.Equal("twilio-rejected", rejected.Str("status"));
        var codes = rejected.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetInt32()).ToList();
        Assert.Contains(22214, codes);
        Assert.Contains(22216, codes);
    }

    [Fact]
    public async Task Status_callbacks_report_every_change_to_a_loopback_url()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => o.ReviewStepDelay = TimeSpan.FromMilliseconds(50));
        var product = await CnamReadyToSubmitAsync(emulator, receiver.Url);
        await SetStatusAsync(emulator.Client, product, "pending-review");

        var calls = await receiver.WaitForAsync(3);
        Assert.Equal(["pending-review", "in-review", "twilio-approved"], calls.Select(c => c["Status"]).ToArray());
        Assert.All(calls, c => Assert.Equal(product, c["BundleSid"]));
        Assert.All(calls, c => Assert.Equal(emulator.Host.AccountSid, c["AccountSid"]));
    }

    [Fact]
    public async Task Callback_urls_must_be_absolute_http_urls()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var response = await emulator.Client.PostAsync("v1/TrustProducts", ("FriendlyName", "x"), ("Email", "a@example.com"), ("PolicySid", TestEmulator.Cnam), ("StatusCallback", "/relative"));
        AssertError(response, HttpStatusCode.BadRequest, 990011, "StatusCallback");
    }

    private static async Task<List<string>> PollStatusesAsync(ApiClient client, string product, string until)
    {
        var seen = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var status = (await client.GetAsync($"v1/TrustProducts/{product}")).Str("status");
            if (seen.Count == 0 || seen[^1] != status)
            {
                seen.Add(status);
            }

            if (status == until)
            {
                return seen;
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
