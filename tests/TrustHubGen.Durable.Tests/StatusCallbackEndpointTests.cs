using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// app.MapTrustHubStatusCallbacks() checks the emulator's signatures with Twilio's RequestValidator: it accepts them,
/// answers 403 to a tampered body, a wrong URL, a wrong token or no signature, and then nothing reaches the handler.
/// </summary>
public sealed class StatusCallbackEndpointTests
{
    private static readonly string[] ReviewStatuses = ["pending-review", "in-review", "twilio-rejected"];

    [Fact]
    public async Task The_emulators_signed_callbacks_are_accepted_and_every_altered_one_is_refused_with_403_and_no_effect()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var parent = Transport(emulator);
        await using var app = await CallbackApp.StartAsync(parent);
        var subaccount = emulator.Seed.SubaccountSid!;

        // A subaccount's empty Secondary profile: submitted, reviewed, rejected; three callbacks signed with the subaccount's token.
        await SubmitEmptyProfileAsync(parent, subaccount, new Uri(app.Options.CallbackUrl!, "?customer=42"));
        await app.WaitForAsync(() => app.Handled.Count == 3, TimeSpan.FromSeconds(30));

        Assert.Equal(ReviewStatuses, app.Handled.Select(c => c.Status));
        Assert.All(app.Handled, c => Assert.Equal(subaccount, c.AccountSid));
        Assert.NotEmpty(app.Handled.Last().ErrorCodes);
        var (path, form, headers, status) = app.Requests.Last();
        Assert.Equal(204, status);
        Assert.Equal("/trusthub/status-callback?customer=42", path);

        // Replays: the same callback again is accepted (handlers must be idempotent); anything altered is refused.
        Assert.Equal(204, await app.PostAsync(path, form, headers));
        Assert.Equal(4, app.Handled.Count);
        Assert.Equal(403, await app.PostAsync(path, new Dictionary<string, string>(form) { ["Status"] = "twilio-approved" }, headers));
        Assert.Equal(403, await app.PostAsync(path, new Dictionary<string, string>(form) { ["Errors"] = "" }, headers));
        Assert.Equal(403, await app.PostAsync(path, form.Where(f => f.Key != "Errors").ToDictionary(), headers));
        Assert.Equal(403, await app.PostAsync("/trusthub/status-callback?customer=43", form, headers));
        Assert.Equal(403, await app.PostAsync("/trusthub/status-callback", form, headers));
        Assert.Equal(403, await app.PostAsync(path, form, headers.Where(h => !h.Key.Equals("X-Twilio-Signature", StringComparison.OrdinalIgnoreCase)).ToDictionary()));
        Assert.Equal(403, await app.PostAsync(path, new Dictionary<string, string>(form) { ["AccountSid"] = emulator.AccountSid }, headers));

        // The right URL and body with a wrong token for the account.
        app.Options.AuthTokens[subaccount] = emulator.Seed.SubaccountAuthToken + "0";
        Assert.Equal(403, await app.PostAsync(path, form, headers));
        app.Options.AuthTokens.Remove(subaccount);

        Assert.Equal(4, app.Handled.Count);
    }

    [Fact]
    public async Task Behind_a_proxy_the_signature_is_checked_against_the_configured_public_url()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var parent = Transport(emulator);
        await using var proxy = await ForwardingProxy.StartAsync("/hooks");
        await using var app = await CallbackApp.StartAsync(parent, proxy.PublicBaseUrl);
        proxy.Backends = [app.Url];

        // Twilio calls the proxy's URL; the app sees http://127.0.0.1:<its port>/trusthub/status-callback.
        var callback = new Uri(proxy.PublicBaseUrl, "trusthub/status-callback");
        Assert.Equal(callback, app.Options.CallbackUrl);
        await SubmitEmptyProfileAsync(parent, emulator.Seed.SubaccountSid!, callback);
        await app.WaitForAsync(() => app.Handled.Count == 3, TimeSpan.FromSeconds(30));
        Assert.All(app.Requests, r => Assert.Equal(204, r.Status));

        // Without the public URL the app checks the URL it sees, which Twilio did not sign.
        app.Options.PublicBaseUrl = null;
        var (path, form, headers, _) = app.Requests.Last();
        Assert.Equal(403, await app.PostAsync(path, form, headers));
        app.Options.PublicBaseUrl = proxy.PublicBaseUrl;
        Assert.Equal(204, await app.PostAsync(path, form, headers));
    }

    [Fact]
    public async Task A_callback_of_an_account_that_is_not_ours_is_refused()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        await using var other = await EmulatorHost.StartAsync(new EmulatorOptions { AccountSid = "AC" + new string('e', 32), ReviewStepDelay = TimeSpan.Zero });
        await using var app = await CallbackApp.StartAsync(Transport(emulator));

        // Another Twilio account (another emulator) calls our endpoint with its own valid signature.
        await SubmitEmptyProfileAsync(Transport(other), other.Seed.SubaccountSid!, app.Options.CallbackUrl!);
        await app.WaitForAsync(() => app.Requests.Count >= 3, TimeSpan.FromSeconds(30));

        Assert.All(app.Requests, r => Assert.Equal(403, r.Status));
        Assert.Empty(app.Handled);
    }

    internal static ITwilioTransport Transport(EmulatorHost emulator)
    {
        var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(emulator.AccountSid, emulator.AuthToken) };
        options.UseBaseAddressForAllHosts(emulator.BaseAddress);
        return new TwilioHttpTransport(new HttpClient(), options);
    }

    internal static async Task SubmitEmptyProfileAsync(ITwilioTransport parent, string subaccount, Uri callback)
    {
        var customer = new TrustHubRestOperations(parent).ForSubaccount(subaccount);
        var profile = await customer.CreateBundleAsync(OnboardingBundleKind.CustomerProfile, PolicySids.SecondaryProfile, "Empty profile", "isv@example.com", callback.AbsoluteUri, CancellationToken.None);
        await customer.UpdateBundleStatusAsync(OnboardingBundleKind.CustomerProfile, profile.Sid, "pending-review", CancellationToken.None);
    }
}
