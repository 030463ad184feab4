using TrustHubGen.Onboarding.Tests.Infrastructure;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests;

public sealed class RefusalAndFindingTests
{
    [Fact]
    public async Task Toll_free_and_Canadian_numbers_are_refused_for_CNAM_before_any_write()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.TollFreeNumber!.Sid, emulator.Seed.CanadianNumber!.Sid]), ShippedPolicies.Cnam);

        var plan = await new OnboardingPlanner(emulator.Operations).PlanAsync(request);
        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.True(plan.IsEmpty, plan.ToString());
        Assert.Equal(0, result.WriteCalls);
        Assert.Equal(2, result.Refused.Count);
        var tollFree = Assert.Single(result.Refused, r => r.Number == emulator.Seed.TollFreeNumber.Sid);
        Assert.Equal("Cnam", tollFree.Policy);
        Assert.Contains("toll-free", tollFree.Reason);
        var canadian = Assert.Single(result.Refused, r => r.Number == emulator.Seed.CanadianNumber.Sid);
        Assert.Contains("is a number from CA", canadian.Reason);
        Assert.Contains("US", canadian.Reason);
    }

    [Fact]
    public async Task A_refused_number_does_not_hold_back_the_others()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var good = emulator.Seed.NumbersOnProfile[0];
        var request = emulator.Request(OnboardingNumbers.FromPhoneNumbers([good.PhoneNumber, emulator.Seed.TollFreeNumber!.PhoneNumber]), ShippedPolicies.Cnam);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.Equal("twilio-approved", Assert.Single(result.Products).Status);
        Assert.Equal(1, result.Products[0].NumbersAssigned);
        Assert.Contains("toll-free", Assert.Single(result.Refused).Reason);
    }

    [Fact]
    public async Task An_unknown_number_SID_is_reported_with_its_cause_and_the_others_finish()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        const string unknown = "PN00000000000000000000000000000000";
        var numbers = emulator.Seed.NumbersNotOnProfile.Take(2).Select(n => n.Sid).Append(unknown).Append("not-a-sid");
        var request = emulator.Request(OnboardingNumbers.FromSids(numbers), ShippedPolicies.ShakenStir);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.Equal("twilio-approved", Assert.Single(result.Products).Status);
        Assert.Equal(2, result.Products[0].NumbersAssigned);
        Assert.Contains("not an IncomingPhoneNumber", Assert.Single(result.Refused, r => r.Number == unknown).Reason);
        Assert.Contains("Phone number SID", Assert.Single(result.Refused, r => r.Number == "not-a-sid").Reason);
    }

    [Fact]
    public async Task A_display_name_that_breaks_the_CNAM_rules_is_refused_before_any_call()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var counting = new CrashingOperations(emulator.Operations, crashAtWrite: 1, afterCall: false);
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), ShippedPolicies.Cnam) with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = "1234567890123456" },
            },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new OnboardingRunner(counting).RunAsync(request));

        Assert.Contains("cnam_display_name", error.Message);
        Assert.Contains("at most 15", error.Message);
        Assert.False(counting.Crashed);
    }

    [Fact]
    public async Task A_generic_display_name_is_refused_whatever_its_spelling()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), ShippedPolicies.Cnam) with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["cnam_information"] = new Dictionary<string, string> { ["cnam_display_name"] = "chicago,  IL." },
            },
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new OnboardingPlanner(emulator.Operations).PlanAsync(request));

        Assert.Contains("generic", error.Message);
    }

    [Fact]
    public async Task A_noncompliant_evaluation_is_reported_as_findings_and_the_product_is_not_submitted()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var ops = emulator.Operations;
        // A policy out of step with Twilio's (a display name it calls optional, which Twilio requires), and someone
        // else's half-done work under the engine's name: an end user without the display name, which that policy accepts.
        var lenient = ShippedPolicies.Cnam;
        lenient = lenient with { EndUsers = lenient.EndUsers.Select(r => r with { Attributes = new(r.Attributes.Select(a => a with { Required = false })) }).ToList() };
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), lenient) with
        {
            EndUserAttributes = new Dictionary<string, IReadOnlyDictionary<string, string>>(),
        };
        var product = await ops.CreateBundleAsync(OnboardingBundleKind.TrustProduct, ShippedPolicies.CnamSid, $"TrustHubGen Cnam {request.BusinessProfileSid}", "x@example.com", null, default);
        var empty = await ops.CreateEndUserAsync("cnam_information", "hand made", "{}", default);
        await ops.CreateEntityAssignmentAsync(OnboardingBundleKind.TrustProduct, product.Sid, empty.Sid, default);

        var result = await new OnboardingRunner(ops).RunAsync(request);

        var cnam = Assert.Single(result.Products);
        Assert.Equal(product.Sid, cnam.ProductSid);
        Assert.Equal("draft", cnam.Status);
        Assert.False(result.Succeeded);
        Assert.NotNull(cnam.NotSubmittedBecause);
        var finding = Assert.Single(cnam.Findings);
        Assert.Equal(22215, finding.Code);
        Assert.Equal("cnam_display_name", finding.Field);
        Assert.Equal("an end user lacks a required attribute", finding.Meaning);
        Assert.Contains("22215", finding.ToString());
        Assert.Equal("draft", (await ops.FetchBundleAsync(OnboardingBundleKind.TrustProduct, product.Sid, default)).Status);
    }

    [Fact]
    public async Task Numbers_off_the_profile_are_refused_when_putting_them_there_is_turned_off()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var off = emulator.Seed.NumbersNotOnProfile[0];
        var on = emulator.Seed.NumbersOnProfile[0];
        var request = emulator.Request(OnboardingNumbers.FromSids([off.Sid, on.Sid]), ShippedPolicies.ShakenStir);
        request = request with { Options = request.Options with { PutNumbersOnProfile = false } };

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        Assert.Contains("PutNumbersOnProfile", Assert.Single(result.Refused).Reason);
        Assert.Equal(1, result.Products[0].NumbersAssigned);
        Assert.Equal(1, result.ApiCalls["CreateChannelEndpointAssignment"]);
    }

    [Fact]
    public async Task Invalid_requests_name_every_bad_input()
    {
        await using var emulator = await EmulatorSession.StartAsync();
        var request = emulator.Request(OnboardingNumbers.EveryNumberOnProfile, ShippedPolicies.Cnam, ShippedPolicies.Cnam) with
        {
            BusinessProfileSid = "BUxyz",
            NotificationEmail = "nobody",
        };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => new OnboardingPlanner(emulator.Operations).PlanAsync(request));

        Assert.Contains("BusinessProfileSid", error.Message);
        Assert.Contains("NotificationEmail", error.Message);
        Assert.Contains("2 times", error.Message);
    }
}

public sealed class PolicyIsolationTests
{
    [Fact]
    public async Task One_policy_failing_for_good_does_not_stop_the_other_and_names_its_cause()
    {
        await using var emulator = await EmulatorSession.StartAsync(faults: f =>
            f.Routes.Add(new() { Method = "POST", Path = "/v1/EndUsers", ServiceUnavailableRate = 1.0 }));
        var request = emulator.Request(OnboardingNumbers.FromSids([emulator.Seed.NumbersOnProfile[0].Sid]), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);

        var result = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        var cnam = Assert.Single(result.Products, p => p.Policy == "Cnam");
        Assert.Contains("503", cnam.NotSubmittedBecause);
        Assert.Equal("draft", cnam.Status);
        Assert.Equal("twilio-approved", Assert.Single(result.Products, p => p.Policy == "ShakenStir").Status);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task An_evaluation_answer_that_cannot_be_read_stops_only_its_product_and_a_rerun_finishes_it()
    {
        var handler = new UnreadableEvaluations(ShippedPolicies.CnamSid);
        await using var emulator = await EmulatorSession.StartAsync(handler: handler);
        var request = emulator.Request(OnboardingNumbers.FromSids(emulator.Seed.NumbersOnProfile.Take(3).Select(n => n.Sid).ToList()), ShippedPolicies.Cnam, ShippedPolicies.ShakenStir);

        var first = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        var cnam = Assert.Single(first.Products, p => p.Policy == "Cnam");
        Assert.Equal("draft", cnam.Status);
        Assert.Equal(3, cnam.NumbersAssigned);
        Assert.Contains($"/v1/TrustProducts/{cnam.ProductSid}/Evaluations (HTTP 201, text/html", cnam.NotSubmittedBecause);
        Assert.Contains("is not JSON", cnam.NotSubmittedBecause);
        Assert.Equal("twilio-approved", Assert.Single(first.Products, p => p.Policy == "ShakenStir").Status);
        Assert.False(first.Succeeded);

        handler.Broken = false;
        var second = await new OnboardingRunner(emulator.Operations).RunAsync(request);

        var finished = Assert.Single(second.Products, p => p.Policy == "Cnam");
        Assert.Equal(cnam.ProductSid, finished.ProductSid);
        Assert.Equal("twilio-approved", finished.Status);
        Assert.False(second.ApiCalls.ContainsKey("CreateChannelEndpointAssignment"), "the numbers were on the product already");
        Assert.True(second.Succeeded);
    }

    // Answers a captive portal's page instead of the evaluation of one policy's products while Broken.
    private sealed class UnreadableEvaluations(string policySid) : DelegatingHandler(new SocketsHttpHandler())
    {
        public bool Broken { get; set; } = true;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (Broken && request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath.EndsWith("/Evaluations", StringComparison.Ordinal)
                && request.Content is { } form && (await form.ReadAsStringAsync(cancellationToken)).Contains(policySid, StringComparison.Ordinal))
                response.Content = new StringContent("<html><body>Please log in to the hotel Wi-Fi</body></html>", System.Text.Encoding.UTF8, "text/html");
            return response;
        }
    }
}
