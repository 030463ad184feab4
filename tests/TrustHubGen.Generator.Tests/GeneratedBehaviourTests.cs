using System.Reflection;
using TrustHubGen.Generator.Tests.Infrastructure;

namespace TrustHubGen.Generator.Tests;

/// <summary>The generated SDK, compiled and executed against a fake transport.</summary>
public sealed class GeneratedBehaviourTests
{
    private const string Bu = "BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    private const string Rn = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";

    private const string Scenarios = """
        using System.Linq;
        using System.Threading.Tasks;
        using TrustHubGen.Runtime;

        namespace TrustHubGen.Sdk;

        public static class Scenarios
        {
            public static async Task<string> CreateMinimalTrustProduct(ITwilioTransport transport)
            {
                var product = await new TrustHubClient(transport).TrustProducts.CreateAsync(new CreateTrustProductRequest
                {
                    FriendlyName = "Acme CNAM",
                    Email = "ops@example.com",
                    PolicySid = PolicyCatalog.Cnam.Sid,
                });
                return $"{product.Sid}|{product.Status}|{product.Status?.IsKnown}|{product.DateCreated:O}|{product.Links?["trust_products_evaluations"]}";
            }

            public static async Task<string> SubmitForReview(ITwilioTransport transport)
            {
                var product = await new TrustHubClient(transport).TrustProducts.UpdateAsync(
                    TrustProductSid.Parse("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                    new UpdateTrustProductRequest { Status = TrustProductStatus.PendingReview });
                return $"{product.Status == TrustProductStatus.PendingReview}|{product.Status?.Value}|{product.Status?.IsKnown}";
            }

            public static async Task<string> ReadUnknownStatus(ITwilioTransport transport)
            {
                var product = await new TrustHubClient(transport).TrustProducts.FetchAsync(TrustProductSid.Parse("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
                return $"{product.Status?.Value}|{product.Status?.IsKnown}|{product.FriendlyName}|{product.Errors?.GetArrayLength()}";
            }

            public static async Task<string> CreateEndUserWithAttributes(ITwilioTransport transport)
            {
                var user = await new TrustHubClient(transport).EndUsers.CreateAsync(new CreateEndUserRequest
                {
                    FriendlyName = "cnam",
                    Type = "cnam_information",
                    Attributes = TwilioJsonValue.FromProperties(new[] { new System.Collections.Generic.KeyValuePair<string, string?>("cnam_display_name", "ACME") }),
                });
                return $"{user.Sid}|{user.Attributes?.GetProperty("cnam_display_name").GetString()}";
            }

            public static async Task<string> CreateTollfreeInquiryWithArrays(ITwilioTransport transport)
            {
                await new TrustHubClient(transport).ComplianceTollfreeInquiries.CreateAsync(new CreateComplianceTollfreeInquiryRequest
                {
                    TollfreePhoneNumber = "+18005550100",
                    NotificationEmail = "ops@example.com",
                    UseCaseCategories = new[] { "2FA", "MARKETING" },
                    SkipMessagingUseCase = true,
                });
                return "";
            }

            public static async Task<string> AssignNumberToNestedResource(ITwilioTransport transport)
            {
                var client = new TrustHubClient(transport).ForSubaccount(AccountSid.Parse("AC00000000000000000000000000000001"));
                var assignment = await client.TrustProducts.ChannelEndpointAssignments(TrustProductSid.Parse("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))
                    .CreateAsync(new CreateTrustProductChannelEndpointAssignmentRequest
                    {
                        ChannelEndpointType = "phone-number",
                        ChannelEndpointSid = PhoneNumberSid.Parse("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
                    });
                return $"{assignment.Sid}|{assignment.ChannelEndpointSid}";
            }

            public static async Task<string> ListTwoPages(ITwilioTransport transport)
            {
                var names = new System.Collections.Generic.List<string?>();
                await foreach (var product in new TrustHubClient(transport).TrustProducts.ListAsync(new ListTrustProductRequest { PageSize = 1 }))
                    names.Add(product.FriendlyName);
                return string.Join(",", names);
            }

            public static async Task<string> ListIncomingNumbersOfSubaccount(ITwilioTransport transport)
            {
                var client = new Api2010Client(transport, AccountSid.Parse("AC00000000000000000000000000000000"))
                    .ForSubaccount(AccountSid.Parse("AC00000000000000000000000000000001"));
                var numbers = new System.Collections.Generic.List<string>();
                await foreach (var number in client.IncomingPhoneNumbers.ListAsync(new ListIncomingPhoneNumberRequest { Beta = false }))
                    numbers.Add($"{number.Sid}|{number.PhoneNumber}|{number.DateCreated:O}|{number.Capabilities?.GetProperty("voice").GetBoolean()}");
                return string.Join(";", numbers);
            }

            public static async Task<string> ResubmitBlankCustomer(ITwilioTransport transport)
            {
                try
                {
                    await new TrustHubClient(transport).ComplianceInquiries.UpdateAsync("  ", new UpdateComplianceInquiryRequest { PrimaryProfileSid = TwilioSid.Parse("BUaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa") });
                    return "sent";
                }
                catch (System.ArgumentException ex)
                {
                    return ex.Message;
                }
            }

            public static Task<string> ParseWrongSid(ITwilioTransport transport)
            {
                try
                {
                    CustomerProfileSid.Parse("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
                    return Task.FromResult("parsed");
                }
                catch (System.FormatException ex)
                {
                    return Task.FromResult(ex.Message);
                }
            }
        }
        """;

    private static readonly Lazy<Assembly> Sdk = new(() => GeneratedSdk.Load(Scenarios));

    private static readonly string TrustProductJson = $$"""
        {"sid": "{{Bu}}", "account_sid": "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "policy_sid": "{{Rn}}", "friendly_name": "Acme CNAM",
         "status": "draft", "valid_until": null, "email": "ops@example.com", "status_callback": null,
         "date_created": "2019-07-30T22:29:24Z", "date_updated": "2019-07-31T01:09:00Z", "url": "https://trusthub.twilio.com/v1/TrustProducts/{{Bu}}",
         "links": {"trust_products_evaluations": "https://trusthub.twilio.com/v1/TrustProducts/{{Bu}}/Evaluations"}, "errors": null,
         "surprise": {"nested": [1, 2, {"deeper": true} ] } }
        """;

    private static async Task<(string Result, FakeTransport Transport)> Run(string scenario, params string[] bodies)
    {
        var transport = new FakeTransport(bodies);
        var result = await GeneratedSdk.Scenario(Sdk.Value, scenario)(transport);
        return (result, transport);
    }

    [Fact]
    public async Task UnsetOptionalFieldsAreOmittedAndUnknownJsonFieldsIgnored()
    {
        var (result, transport) = await Run("CreateMinimalTrustProduct", TrustProductJson);

        var request = Assert.Single(transport.Requests);
        Assert.Equal("POST https://trusthub.twilio.com/v1/TrustProducts", request.ToString());
        Assert.Equal($"FriendlyName=Acme%20CNAM&Email=ops%40example.com&PolicySid={Rn}", FakeTransport.Form(request));
        Assert.Equal($"{Bu}|draft|True|2019-07-30T22:29:24.0000000+00:00|https://trusthub.twilio.com/v1/TrustProducts/{Bu}/Evaluations", result);
    }

    [Fact]
    public async Task PendingReviewRoundTrips()
    {
        var (result, transport) = await Run("SubmitForReview", TrustProductJson.Replace("\"draft\"", "\"pending-review\""));

        Assert.Equal("Status=pending-review", FakeTransport.Form(transport.Requests[0]));
        Assert.Equal($"/v1/TrustProducts/{Bu}", transport.Requests[0].Path);
        Assert.Equal("True|pending-review|True", result);
    }

    [Fact]
    public async Task UnknownStatusIsKept()
    {
        var (result, transport) = await Run("ReadUnknownStatus",
            TrustProductJson.Replace("\"draft\"", "\"quarantined-by-new-rule\"").Replace("\"errors\": null", "\"errors\": [{\"code\": 1}]"));

        Assert.Equal("GET", transport.Requests[0].Method.Method);
        Assert.Null(transport.Requests[0].Form);
        Assert.Equal("quarantined-by-new-rule|False|Acme CNAM|1", result);
    }

    [Fact]
    public async Task AttributesAreSentAsOneJsonString()
    {
        var (result, transport) = await Run("CreateEndUserWithAttributes",
            """{"sid": "ITaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "attributes": {"cnam_display_name": "ACME"}}""");

        var form = transport.Requests[0].Form!;
        Assert.Equal("{\"cnam_display_name\":\"ACME\"}", form.Single(p => p.Key == "Attributes").Value);
        Assert.Equal("ITaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|ACME", result);
    }

    [Fact]
    public async Task ArraysRepeatTheKeyAndBooleansAreLowercase()
    {
        var (_, transport) = await Run("CreateTollfreeInquiryWithArrays", """{"inquiry_id": "x", "registration_id": "y"}""");

        var form = transport.Requests[0].Form!.Select(p => p.Key + "=" + p.Value).ToList();
        Assert.Equal(["UseCaseCategories=2FA", "UseCaseCategories=MARKETING"], form.Where(p => p.StartsWith("UseCaseCategories", StringComparison.Ordinal)));
        Assert.Contains("SkipMessagingUseCase=true", form);
        Assert.DoesNotContain(form, p => p.EndsWith('=') || p.StartsWith("StatusCallback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NestedResourcesTakeTheParentSidAndSubaccount()
    {
        var (result, transport) = await Run("AssignNumberToNestedResource",
            $$"""{"sid": "RAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "trust_product_sid": "{{Bu}}", "channel_endpoint_sid": "PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}""");

        var request = transport.Requests[0];
        Assert.Equal($"/v1/TrustProducts/{Bu}/ChannelEndpointAssignments", request.Path);
        Assert.Equal("AC00000000000000000000000000000001", request.SubaccountSid);
        Assert.Equal("ChannelEndpointType=phone-number&ChannelEndpointSid=PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", FakeTransport.Form(request));
        Assert.Equal("RAaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", result);
    }

    [Fact]
    public async Task ListsFollowNextPageUrl()
    {
        const string next = "https://trusthub.twilio.com/v1/TrustProducts?PageSize=1&Page=1&PageToken=PT1";
        var (result, transport) = await Run("ListTwoPages",
            $$"""{"results": [{"friendly_name": "one"}], "meta": {"next_page_url": "{{next}}", "key": "results"} }""",
            """{"results": [{"friendly_name": "two"}], "meta": {"next_page_url": null, "key": "results"}}""");

        Assert.Equal("one,two", result);
        Assert.Equal("PageSize=1", transport.Requests[0].Query.ToUrlEncoded());
        Assert.Equal(next, transport.Requests[1].AbsoluteUrl?.ToString());
    }

    [Fact]
    public async Task Api2010ListsNumbersOfTheSubaccountAndReadsRfc2822Dates()
    {
        var (result, transport) = await Run("ListIncomingNumbersOfSubaccount",
            """{"incoming_phone_numbers": [{"sid": "PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "phone_number": "+15005550006", "date_created": "Thu, 30 Jul 2015 23:19:04 +0000", "trunk_sid": "", "sms_application_sid": null, "bundle_sid": "", "capabilities": {"voice": true, "sms": false}}], "next_page_uri": null}""");

        var request = transport.Requests[0];
        Assert.Equal("/2010-04-01/Accounts/AC00000000000000000000000000000001/IncomingPhoneNumbers.json", request.Path);
        Assert.Equal("Beta=false", request.Query.ToUrlEncoded());
        Assert.Equal("AC00000000000000000000000000000001", request.SubaccountSid);
        Assert.Equal("PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa|+15005550006|2015-07-30T23:19:04.0000000+00:00|True", result);
    }

    [Fact]
    public async Task SidParsingSaysWhatIsWrong()
    {
        var (result, _) = await Run("ParseWrongSid");

        Assert.Equal("CustomerProfileSid must start with \"BU\", but \"PNaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\" starts with \"PN\".", result);
    }

    [Fact]
    public async Task BlankStringPathParametersAreRefusedBeforeAnythingIsSent()
    {
        var (result, transport) = await Run("ResubmitBlankCustomer");

        Assert.Equal("customerId must not be empty or blank. (Parameter 'customerId')", result);
        Assert.Empty(transport.Requests);
    }
}
