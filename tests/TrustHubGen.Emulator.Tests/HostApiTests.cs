using System.Net;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>What a user's own tests do with the library (issue 11): read the state back, decide reviews, change faults, redirect Twilio hosts.</summary>
public sealed class HostApiTests
{
    [Fact]
    public async Task The_state_reads_back_what_requests_made()
    {
        await using var emulator = await TestEmulator.StartAsync();
        var product = await Flows.CnamReadyToSubmitAsync(emulator);

        var state = emulator.Host.ReadState();
        var bundle = state.Bundle(product);
        Assert.Equal(("draft", TestEmulator.Cnam, emulator.Profile), (bundle.Status, bundle.PolicySid, bundle.BusinessProfileSid));
        Assert.Equal([emulator.Seed.NumbersOnProfile[0].Sid], bundle.ChannelEndpointSids);
        var endUser = state.Account(emulator.Host.AccountSid).EndUsers.Single(e => bundle.ObjectSids.Contains(e.Sid));
        Assert.Equal(("cnam_information", "Owl Industries"), (endUser.Type, endUser.Attributes["cnam_display_name"]));
        Assert.Contains(state.CustomerProfiles, p => p.Sid == emulator.Profile && p.Status == "twilio-approved");
        Assert.Equal(emulator.Host.AccountSid, state.Account(emulator.Seed.SubaccountSid!).ParentAccountSid);
        Assert.Throws<KeyNotFoundException>(() => state.Bundle("BU00000000000000000000000000000000"));
    }

    [Fact]
    public async Task A_process_hosted_emulator_takes_review_verdicts_over_http()
    {
        await using var callbacks = await CallbackReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync(o => o.ManualReviewVerdicts = true);
        var product = await Flows.CnamReadyToSubmitAsync(emulator, callbacks.Url);
        Assert.Equal("pending-review", (await SetStatusAsync(emulator.Client, product, "pending-review")).Str("status"));
        Assert.Equal("in-review", emulator.Host.ReadState().Bundle(product).Status);

        var rejected = await emulator.Client.PostAsync($"emulator/Reviews/{product}", ("Status", "twilio-rejected"), ("Errors", "18601, 18602"));
        Assert.Equal(HttpStatusCode.OK, rejected.Status);
        Assert.Equal("twilio-rejected", rejected.Str("status"));
        Assert.Equal([18601, 18602], rejected.Json.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetInt32()));
        Assert.Equal([18601, 18602], emulator.Host.ReadState().Bundle(product).Errors);
        var calls = await callbacks.WaitForAsync(3);
        Assert.Equal(["pending-review", "in-review", "twilio-rejected"], calls.Select(c => c["Status"]));

        AssertError(await emulator.Client.PostAsync($"emulator/Reviews/{product}", ("Status", "twilio-approved")), HttpStatusCode.Conflict, 990020, product);
        AssertError(await emulator.Client.PostAsync($"emulator/Reviews/{product}", ("Status", "draft")), HttpStatusCode.BadRequest, 990011, "Status");
        AssertError(await emulator.Client.PostAsync($"emulator/Reviews/{product}", ("Status", "twilio-rejected"), ("Errors", "x")), HttpStatusCode.BadRequest, 990011, "Errors");
        using var subaccount = emulator.ClientAs(emulator.Seed.SubaccountSid!, emulator.Seed.SubaccountAuthToken!);
        AssertError(await subaccount.PostAsync($"emulator/Reviews/{product}", ("Status", "twilio-approved")), HttpStatusCode.NotFound, 20404);

        // Fixed and resubmitted, the same bundle is approved by the test in-process.
        Assert.Equal(HttpStatusCode.OK, (await SetStatusAsync(emulator.Client, product, "pending-review")).Status);
        // Rejection codes with an approval are a mistaken verdict, refused rather than dropped.
        AssertError(await emulator.Client.PostAsync($"emulator/Reviews/{product}", ("Status", "twilio-approved"), ("Errors", "18601")), HttpStatusCode.BadRequest, 990011, "Errors", "18601");
        Assert.Throws<ArgumentException>(() => emulator.Host.DecideReview(product, approved: true, 18601));
        Assert.Equal("in-review", emulator.Host.ReadState().Bundle(product).Status);
        emulator.Host.DecideReview(product, approved: true);
        Assert.Equal("twilio-approved", emulator.Host.ReadState().Bundle(product).Status);
    }

    [Fact]
    public async Task Faults_can_be_injected_and_cleared_while_running()
    {
        await using var emulator = await TestEmulator.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await emulator.Client.GetAsync("v1/TrustProducts")).Status);

        var faults = new FaultOptions();
        faults.Routes.Add(new RouteFault { Method = "GET", Path = "/v1/TrustProducts", ServiceUnavailableRate = 1 });
        emulator.Host.SetFaults(faults);
        faults.Routes.Clear();
        AssertError(await emulator.Client.GetAsync("v1/TrustProducts"), HttpStatusCode.ServiceUnavailable, 20503);
        Assert.Equal(1, emulator.Host.Statistics.InjectedFaults);

        emulator.Host.SetFaults(new FaultOptions());
        Assert.Equal(HttpStatusCode.OK, (await emulator.Client.GetAsync("v1/TrustProducts")).Status);
        var bad = new FaultOptions();
        bad.Routes.Add(new RouteFault { DropConnectionRate = 2 });
        Assert.Throws<ArgumentException>(() => emulator.Host.SetFaults(bad));
    }

    [Fact]
    public async Task The_twilio_handler_sends_twilio_hosts_to_the_emulator()
    {
        await using var emulator = await TestEmulator.StartAsync();
        using var client = new ApiClient(new Uri("https://trusthub.twilio.com/"), emulator.Host.AccountSid, emulator.Host.AuthToken, emulator.Host.CreateTwilioHandler());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("v1/Policies?PageSize=2")).Status);
        using var api = new ApiClient(new Uri("https://api.dublin.ie1.twilio.com/"), emulator.Host.AccountSid, emulator.Host.AuthToken, emulator.Host.CreateTwilioHandler());
        var numbers = await api.GetAsync($"2010-04-01/Accounts/{emulator.Host.AccountSid}/IncomingPhoneNumbers.json?PageSize=3");
        Assert.Equal(3, numbers.Json.GetProperty("incoming_phone_numbers").GetArrayLength());
        Assert.False(Clients.TwilioRedirectHandler.IsTwilioHost(new Uri("https://twilio.com.example.org/")));
    }
}
