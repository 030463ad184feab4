using Twilio.Security;
using TrustHubGen.Emulator.Review;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// Status callbacks as Twilio sends webhooks: signed so that Twilio's own RequestValidator (Twilio 8.2.0) accepts them,
/// retried per Twilio's connection-override rules, and never sent anywhere but loopback (redirects included).
/// </summary>
public sealed class StatusCallbackTests
{
    private static readonly string[] ReviewStatuses = ["pending-review", "in-review", "twilio-approved"];

    [Fact]
    public async Task Twilios_RequestValidator_accepts_the_signature_and_refuses_a_tampered_body_a_wrong_url_and_a_wrong_token()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync();

        // A query string is part of the signed URL; a connection-override fragment never travels, so it is not.
        var product = await CnamReadyToSubmitAsync(emulator, receiver.Url + "?customer=42&step=cnam#rc=2&ct=1000");
        await SetStatusAsync(emulator.Client, product, "pending-review");
        var calls = await receiver.WaitForCallsAsync(3);

        Assert.Equal(ReviewStatuses, calls.Select(c => c.Form["Status"]));
        var validator = new RequestValidator(emulator.Host.AuthToken);
        foreach (var call in calls)
        {
            Assert.Equal(receiver.Url + "?customer=42&step=cnam", call.Url);
            var signature = call.Headers["X-Twilio-Signature"];
            var algorithm = RequestValidator.GetSignatureAlgorithm(call.Headers.GetValueOrDefault(RequestValidator.SignatureSettingsHeader));
            Assert.Equal(RequestValidator.HmacSha1, algorithm);
            Assert.True(validator.Validate(call.Url, call.Form, signature, algorithm), $"signature of the {call.Form["Status"]} callback");
            Assert.True(validator.Validate(call.Url, call.Form, signature));

            var tampered = new Dictionary<string, string>(call.Form) { ["Status"] = "twilio-rejected" };
            Assert.False(validator.Validate(call.Url, tampered, signature, algorithm));
            var extraField = new Dictionary<string, string>(call.Form) { ["Errors"] = "18601" };
            Assert.False(validator.Validate(call.Url, extraField, signature, algorithm));
            Assert.False(validator.Validate(receiver.Url + "?customer=43&step=cnam", call.Form, signature, algorithm));
            Assert.False(validator.Validate(receiver.Origin + "/other?customer=42&step=cnam", call.Form, signature, algorithm));
            Assert.False(new RequestValidator(emulator.Seed.SubaccountAuthToken!).Validate(call.Url, call.Form, signature, algorithm));
            Assert.False(new RequestValidator(emulator.Host.AuthToken + "x").Validate(call.Url, call.Form, signature, algorithm));
        }

        // The documented form fields, and Twilio's idempotency header (one token per delivery).
        Assert.Equal(["AccountSid", "BundleSid", "DateUpdated", "Errors", "PolicySid", "Status"], calls[0].Form.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, calls.Select(c => c.Headers["I-Twilio-Idempotency-Token"]).Distinct().Count());
    }

    [Fact]
    public async Task A_subaccounts_callbacks_are_signed_with_the_subaccounts_own_token()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var emulator = await TestEmulator.StartAsync();
        using var customer = emulator.ClientAs(emulator.Seed.SubaccountSid!, emulator.Seed.SubaccountAuthToken!);
        var secondary = (await customer.PostAsync("v1/CustomerProfiles",
            ("FriendlyName", "Customer"), ("Email", "isv@example.com"), ("PolicySid", TestEmulator.SecondaryProfile), ("StatusCallback", receiver.Url))).Str("sid");
        await SetStatusAsync(customer, secondary, "pending-review", "CustomerProfiles");

        var calls = await receiver.WaitForCallsAsync(3);
        Assert.All(calls, call =>
        {
            Assert.Equal(emulator.Seed.SubaccountSid, call.Form["AccountSid"]);
            Assert.True(new RequestValidator(emulator.Seed.SubaccountAuthToken!).Validate(call.Url, call.Form, call.Headers["X-Twilio-Signature"]));
            Assert.False(new RequestValidator(emulator.Host.AuthToken).Validate(call.Url, call.Form, call.Headers["X-Twilio-Signature"]));
        });
        Assert.Equal("twilio-rejected", calls[2].Form["Status"]);
        Assert.NotEmpty(calls[2].Form["Errors"].Split(','));
    }

    [Fact]
    public async Task By_default_an_error_answer_is_not_retried()
    {
        await using var receiver = await CallbackReceiver.StartAsync((_, _) => 503);
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CnamReadyToSubmitAsync(emulator, receiver.Url);
        await SetStatusAsync(emulator.Client, product, "pending-review");

        var calls = await receiver.WaitForCallsAsync(3);
        await Task.Delay(500);
        Assert.Equal(ReviewStatuses, receiver.Calls.Select(c => c.Form["Status"]));
    }

    [Fact]
    public async Task The_retry_policy_in_the_url_fragment_retries_5xx_with_one_idempotency_token_per_delivery()
    {
        // The first attempt of each delivery fails, the retry succeeds.
        await using var receiver = await CallbackReceiver.StartAsync((n, _) => n % 2 == 0 ? 503 : 204);
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CnamReadyToSubmitAsync(emulator, receiver.Url + "#rp=5xx&rc=2");
        await SetStatusAsync(emulator.Client, product, "pending-review");

        var calls = await receiver.WaitForCallsAsync(6);
        await Task.Delay(500);
        Assert.Equal(6, receiver.Calls.Count);
        Assert.Equal(["pending-review", "pending-review", "in-review", "in-review", "twilio-approved", "twilio-approved"], calls.Select(c => c.Form["Status"]));
        for (var i = 0; i < 6; i += 2)
        {
            Assert.Equal(calls[i].Headers["I-Twilio-Idempotency-Token"], calls[i + 1].Headers["I-Twilio-Idempotency-Token"]);
            Assert.Equal(calls[i].Headers["X-Twilio-Signature"], calls[i + 1].Headers["X-Twilio-Signature"]);
        }
    }

    [Fact]
    public async Task Retries_stop_at_the_retry_count()
    {
        await using var receiver = await CallbackReceiver.StartAsync((_, _) => 500);
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CnamReadyToSubmitAsync(emulator, receiver.Url + "#rp=all&rc=2");
        await SetStatusAsync(emulator.Client, product, "pending-review");

        await receiver.WaitForCallsAsync(9);
        await Task.Delay(500);
        Assert.Equal(9, receiver.Calls.Count);
    }

    [Theory]
    [InlineData(307)]
    [InlineData(302)]
    public async Task A_redirect_is_never_followed_to_another_loopback_url_nor_off_the_machine(int status)
    {
        await using var elsewhere = await CallbackReceiver.StartAsync();

        // Request 0 points at another loopback listener, the others at a documentation-only address (192.0.2.0/24,
        // RFC 5737) that must never be contacted.
        await using var redirecting = await CallbackReceiver.StartAsync((n, response) =>
        {
            response.Headers.Location = n == 0 ? elsewhere.Url : "http://192.0.2.10:8080/steal";
            return status;
        });
        await using var emulator = await TestEmulator.StartAsync();
        var product = await CnamReadyToSubmitAsync(emulator, redirecting.Url + "#rp=all&rc=0");
        await SetStatusAsync(emulator.Client, product, "pending-review");

        var calls = await redirecting.WaitForCallsAsync(3);
        await Task.Delay(500);
        Assert.Equal(ReviewStatuses, calls.Select(c => c.Form["Status"]));
        Assert.Empty(elsewhere.Calls);
    }

    [Theory]
    [InlineData("http://192.0.2.10:8080/x")]
    [InlineData("http://[2001:db8::1]/x")]
    public async Task The_callback_client_refuses_to_connect_off_loopback_before_opening_a_socket(string url)
    {
        using var client = LoopbackOnlyHttp.CreateClient();
        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(url)));
        Assert.IsType<NonLoopbackTargetException>(failure.InnerException);
    }

    [Fact]
    public void Connection_overrides_use_Twilios_defaults_and_clamp_nothing_silently()
    {
        var defaults = ConnectionOverrides.Parse(new Uri("http://127.0.0.1/cb"), out var none);
        Assert.Empty(none);
        Assert.Equal(ConnectionOverrides.Default, defaults);
        Assert.Equal(1, defaults.RetryCount);
        Assert.Equal(["ct"], defaults.RetryOn);

        var custom = ConnectionOverrides.Parse(new Uri("http://127.0.0.1/cb#ct=1000&rt=2000&tt=9000&rc=5&rp=4xx,rt"), out var fine);
        Assert.Empty(fine);
        Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(9), 5), (custom.ConnectTimeout, custom.ReadTimeout, custom.TotalTime, custom.RetryCount));
        Assert.Equal(["4xx", "rt"], custom.RetryOn.Order(StringComparer.Ordinal));

        var bad = ConnectionOverrides.Parse(new Uri("http://127.0.0.1/cb#rc=9&rp=sometimes&zz=1"), out var problems);
        Assert.Equal(defaults.RetryCount, bad.RetryCount);
        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.Contains("rc=\"9\"", StringComparison.Ordinal));
    }
}
