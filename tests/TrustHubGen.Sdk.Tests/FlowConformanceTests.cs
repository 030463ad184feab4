using TrustHubGen.Runtime;

namespace TrustHubGen.Sdk.Tests;

/// <summary>
/// The generated client performs every call of the documented CNAM and SHAKEN/STIR flows against Prism serving
/// Twilio's official spec: a request that breaks the spec comes back 422, and any violation Prism only logs
/// (a warning) fails the test too.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class FlowConformanceTests(PrismFixture prism)
{
    private static readonly CustomerProfileSid Profile = CustomerProfileSid.Parse("BU4c1b2a3d4e5f60718293a4b5c6d7e8f9");
    private static readonly TwilioSid Number = TwilioSid.Parse("PN7e6d5c4b3a29181f0e1d2c3b4a596877");

    [Fact]
    public async Task Cnam_flow_conforms()
    {
        await Conforms(async client =>
        {
            await PutNumberOnProfile(client);
            var product = await client.TrustProducts.CreateAsync(new CreateTrustProductRequest
            {
                FriendlyName = "Acme CNAM",
                Email = "ops@acme.example",
                PolicySid = PolicyCatalog.Cnam.Sid,
                StatusCallback = new Uri("https://acme.example/trusthub/status"),
            });
            var productSid = product.Sid!.Value;
            await client.TrustProducts.EntityAssignments(productSid).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = Profile });
            var endUser = await client.EndUsers.CreateAsync(new CreateEndUserRequest
            {
                FriendlyName = "Acme CNAM display name",
                Type = PolicyCatalog.Cnam.EndUsers.CnamInformation.Type,
                Attributes = TwilioJsonValue.FromProperties([new(PolicyCatalog.Cnam.EndUsers.CnamInformation.CnamDisplayName.Name, "Acme Widgets")]),
            });
            await client.TrustProducts.EntityAssignments(productSid).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = endUser.Sid!.Value });
            await AssignNumberAndSubmit(client, productSid, PolicyCatalog.Cnam.Sid);
        });
    }

    [Fact]
    public async Task Shaken_stir_flow_conforms()
    {
        await Conforms(async client =>
        {
            await PutNumberOnProfile(client);
            var product = await client.TrustProducts.CreateAsync(new CreateTrustProductRequest
            {
                FriendlyName = "Acme SHAKEN/STIR",
                Email = "ops@acme.example",
                PolicySid = PolicyCatalog.ShakenStir.Sid,
            });
            var productSid = product.Sid!.Value;
            await client.TrustProducts.EntityAssignments(productSid).CreateAsync(new CreateTrustProductEntityAssignmentRequest { ObjectSid = Profile });
            await AssignNumberAndSubmit(client, productSid, PolicyCatalog.ShakenStir.Sid);
        });
    }

    [Fact]
    public async Task The_lists_the_flows_read_conform()
    {
        // Prism answers each list with the spec's first example (often the empty page): this proves the requests and the
        // page reading; item parsing of full pages is covered by the generator's behaviour tests and the emulator flows.
        await Conforms(async client =>
        {
            await client.CustomerProfiles.ListAsync(new ListCustomerProfileRequest { Status = CustomerProfileStatus.TwilioApproved, PageSize = 1000 }).ToListAsync();
            await client.TrustProducts.ListAsync(new ListTrustProductRequest { PolicySid = PolicyCatalog.Cnam.Sid, PageSize = 50 }).ToListAsync();
            await client.CustomerProfiles.ChannelEndpointAssignments(Profile).ListAsync().ToListAsync();
            var product = TrustProductSid.Parse("BU9f8e7d6c5b4a39281706f5e4d3c2b1a0");
            await client.TrustProducts.ChannelEndpointAssignments(product).ListAsync().ToListAsync();
            await client.TrustProducts.EntityAssignments(product).ListAsync().ToListAsync();
            await client.EndUsers.ListAsync().ToListAsync();
            await client.Policies.ListAsync().ToListAsync();
            await client.Policies.FetchAsync(PolicySid.Parse(PolicyCatalog.Cnam.SidValue));
        });
    }

    [Fact]
    public async Task Api2010_numbers_and_subaccounts_conform()
    {
        try
        {
            await prism.Api2010.IncomingPhoneNumbers.ListAsync(new ListIncomingPhoneNumberRequest { PageSize = 1000, PhoneNumber = "+12125550100" }).ToListAsync();
            var number = await prism.Api2010.IncomingPhoneNumbers.FetchAsync(PhoneNumberSid.Parse("PN7e6d5c4b3a29181f0e1d2c3b4a596877"));
            Assert.StartsWith("+", number.PhoneNumber);
            await prism.Api2010.Accounts.ListAsync(new ListAccountRequest { Status = AccountStatus.Active }).ToListAsync();
            await prism.Api2010.ForSubaccount(AccountSid.Parse("AC00112233445566778899aabbccddeeff")).IncomingPhoneNumbers.ListAsync().ToListAsync();
        }
        catch (TwilioApiException e)
        {
            Assert.Fail($"Prism refused a request of the generated client: {e.Message}\n{prism.Log}");
        }
        AssertNoRequestViolations();
    }

    [Fact]
    public async Task A_request_that_breaks_the_spec_is_refused_by_prism()
    {
        // The control: proves Prism validates what we send, so the passing tests above mean something.
        var transport = new RawTransport(prism);
        var before = prism.RequestViolations.Count;
        var error = await Assert.ThrowsAsync<TwilioApiException>(() => transport.PostAsync("/v1/TrustProducts", "FriendlyName=x&Email=y&PolicySid=not-a-policy-sid"));
        Assert.Equal(422, error.Status);
        // The lines this control caused are expected; the other tests must add none.
        // Prism's log arrives through a pipe after its answer: wait for the lines (bounded), then set them aside.
        for (var waited = 0; prism.RequestViolations.Count == before && waited < 100; waited++) await Task.Delay(50);
        prism.ExpectedViolations.UnionWith(prism.RequestViolations.Skip(before));
        Assert.NotEmpty(prism.ExpectedViolations);
    }

    private static Task PutNumberOnProfile(TrustHubClient client) =>
        client.CustomerProfiles.ChannelEndpointAssignments(Profile).CreateAsync(new CreateCustomerProfileChannelEndpointAssignmentRequest
        {
            ChannelEndpointType = "phone-number",
            ChannelEndpointSid = Number,
        });

    private static async Task AssignNumberAndSubmit(TrustHubClient client, TrustProductSid product, TrustProductPolicySid policy)
    {
        await client.TrustProducts.ChannelEndpointAssignments(product).CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest
        {
            ChannelEndpointType = "phone-number",
            ChannelEndpointSid = Number,
        });
        await client.TrustProducts.Evaluations(product).CreateAsync(new CreateTrustProductEvaluationRequest { PolicySid = policy });
        var submitted = await client.TrustProducts.UpdateAsync(product, new UpdateTrustProductRequest { Status = TrustProductStatus.PendingReview });
        Assert.NotNull(submitted.Status);
    }

    private async Task Conforms(Func<TrustHubClient, Task> flow)
    {
        try
        {
            await flow(prism.TrustHub);
        }
        catch (TwilioApiException e)
        {
            Assert.Fail($"Prism refused a request of the generated client: {e.Message}\n{prism.Log}");
        }
        AssertNoRequestViolations();
    }

    private void AssertNoRequestViolations()
    {
        var violations = prism.RequestViolations.Except(prism.ExpectedViolations).ToList();
        Assert.True(violations.Count == 0, "Prism logged request violations:\n" + string.Join("\n", violations));
    }

    /// <summary>Sends a hand-written form, bypassing the generated types, to show Prism's validation is live.</summary>
    private sealed class RawTransport(PrismFixture prism)
    {
        public async Task PostAsync(string path, string form)
        {
            var options = new TwilioClientOptions { Credentials = TwilioCredentials.FromAuthToken(PrismFixture.Account.Value, PrismFixture.UnusedSecret) };
            options.UseBaseAddressForAllHosts(new Uri(prism.TrustHubBaseAddress, "/"));
            var request = new TwilioRequest(HttpMethod.Post, "https://trusthub.twilio.com", path) { Form = new TwilioParameters() };
            foreach (var pair in form.Split('&')) request.Form.Add(pair.Split('=')[0], pair.Split('=')[1]);
            options.Retry.MaxRetries = 0;
            await new TwilioHttpTransport(new HttpClient(), options).SendAsync(request, CancellationToken.None);
        }
    }
}
