using System.Security.Cryptography;
using System.Text;
using global::IsvOnboarding;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable.Tests.Infrastructure;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Runtime;

namespace TrustHubGen.Durable.Tests;

/// <summary>
/// Forged callbacks naming a new random account each time: with the accounts known in advance (the endpoint's
/// IsExpectedAccount, or the durable onboarding's customer directory) they are refused before any token lookup, so
/// they cost no request made with the ISV's credentials; a real customer's callbacks still verify.
/// </summary>
public sealed class ForgedCallbackTests
{
    private const int Forgeries = 50;

    [Fact]
    public async Task Forged_callbacks_for_unexpected_accounts_cost_no_lookup_and_a_real_customers_callbacks_still_verify()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var lookups = new CountingTransport(StatusCallbackEndpointTests.Transport(emulator));
        await using var app = await CallbackApp.StartAsync(lookups);
        var customer = emulator.Seed.SubaccountSid!;
        app.Options.IsExpectedAccount = (account, _) => ValueTask.FromResult(account == customer);

        foreach (var account in RandomAccounts(Forgeries))
            Assert.Equal(403, await app.PostAsync("/trusthub/status-callback", Callback(account), Signed(app.Options.CallbackUrl!, Callback(account), "a guessed token")));
        Assert.Equal(0, lookups.Requests);
        Assert.Empty(app.Handled);

        // The customer's own callbacks (the emulator signs them with the subaccount's token): one lookup, then verified.
        await StatusCallbackEndpointTests.SubmitEmptyProfileAsync(StatusCallbackEndpointTests.Transport(emulator), customer, app.Options.CallbackUrl!);
        await app.WaitForAsync(() => app.Handled.Count == 3, TimeSpan.FromSeconds(30));
        Assert.All(app.Requests.Skip(Forgeries), r => Assert.Equal(204, r.Status));
        Assert.Equal(1, lookups.Requests);
    }

    [Fact]
    public async Task With_the_durable_onboarding_accounts_the_directory_does_not_know_are_refused_before_any_lookup()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero });
        var lookups = new CountingTransport(StatusCallbackEndpointTests.Transport(emulator));
        var customer = emulator.Seed.SubaccountSid!;
        var directory = new DemoCustomerDirectory(new DemoCustomers("BU" + new string('0', 32), [new DemoCustomer(customer, "Acme Widgets", "ACME", ["+15125550100"])]));
        await using var app = BareIsvApp.Build(_ => { }, builder =>
        {
            builder.Services.AddSingleton<ITwilioTransport>(lookups);
            builder.Services.AddSingleton<IIsvCustomerDirectory>(directory);
            builder.Services.AddTrustHubStatusCallbacks(o => o.AuthTokenSource = new SubaccountAuthTokens(lookups));
        });
        app.MapTrustHubStatusCallbacks();
        await app.StartAsync();
        var url = new Uri(new Uri(app.Urls.Single()), "trusthub/status-callback");

        foreach (var account in RandomAccounts(Forgeries))
            Assert.Equal(403, await PostAsync(url, Callback(account), Signed(url, Callback(account), "a guessed token")));
        Assert.Equal(0, lookups.Requests);

        // The customer the directory knows: its token is looked up (and this forgery still refused); a callback signed with it is taken.
        Assert.Equal(403, await PostAsync(url, Callback(customer), Signed(url, Callback(customer), "a guessed token")));
        Assert.Equal(1, lookups.Requests);
        Assert.Equal(204, await PostAsync(url, Callback(customer), Signed(url, Callback(customer), emulator.Seed.SubaccountAuthToken!)));
        Assert.Equal(1, lookups.Requests);
    }

    internal static IEnumerable<string> RandomAccounts(int count) =>
        Enumerable.Range(0, count).Select(_ => "AC" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant());

    /// <summary>A callback before a verdict (nothing to enqueue), as the emulator sends it.</summary>
    private static Dictionary<string, string> Callback(string account) => new(StringComparer.Ordinal)
    {
        ["AccountSid"] = account, ["BundleSid"] = "BU" + new string('1', 32), ["PolicySid"] = PolicySids.SecondaryProfile, ["Status"] = "in-review",
    };

    /// <summary>Twilio's webhook signature: HMAC-SHA1 of the URL and the fields sorted by name, keyed with the token, base64.</summary>
    internal static Dictionary<string, string> Signed(Uri url, Dictionary<string, string> form, string token)
    {
        var text = new StringBuilder(url.AbsoluteUri);
        foreach (var (name, value) in form.OrderBy(f => f.Key, StringComparer.Ordinal)) text.Append(name).Append(value);
        return new() { [TrustHubStatusCallbackEndpoint.SignatureHeader] = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(text.ToString()))) };
    }

    internal static async Task<int> PostAsync(Uri url, Dictionary<string, string> form, Dictionary<string, string> headers)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        using var response = await http.SendAsync(request);
        return (int)response.StatusCode;
    }
}
