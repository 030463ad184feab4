using System.Text;
using System.Text.Json;
using TrustHubGen.Runtime.Snapshots;
using TrustHubGen.Runtime.Tests.Infrastructure;

namespace TrustHubGen.Runtime.Tests.Snapshots;

public class AccountSnapshotCaptureTests
{
    private const string Account = TestData.AccountSid;
    private const string ProfileA = "BU0000000000000000000000000000000a";
    private const string ProfileB = "BU0000000000000000000000000000000b";
    private const string Product = "BU000000000000000000000000000000cc";
    private const string EndUser = "IT000000000000000000000000000000dd";
    private const string NumberLocal = "PN00000000000000000000000000000001";
    private const string NumberTollFree = "PN00000000000000000000000000000002";
    private const string NumberCanada = "PN00000000000000000000000000000003";
    private const string NumberUk = "PN00000000000000000000000000000004";
    private const string PrimaryPolicy = "RN6433641899984f951173ef1738c3bdd0";
    private const string CnamPolicy = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    private static readonly string NumbersPath = $"/2010-04-01/Accounts/{Account}/IncomingPhoneNumbers.json";

    private static readonly DateTimeOffset Now = new(2026, 11, 21, 19, 30, 15, 678, TimeSpan.FromHours(2));

    private static string Bundle(string sid, string name, string status, string policy) =>
        $"{{\"sid\": \"{sid}\", \"account_sid\": \"{Account}\", \"friendly_name\": {JsonSerializer.Serialize(name)}, \"status\": \"{status}\", \"policy_sid\": \"{policy}\","
        + " \"email\": \"owner@example.com\", \"status_callback\": \"https://example.com/cb?token=s3cr3t\", \"valid_until\": null, \"errors\": null,"
        + $" \"url\": \"https://trusthub.twilio.com/v1/x/{sid}\", \"links\": {{\"evaluations\": \"https://trusthub.twilio.com/v1/x\"}}}}";

    private static string Channel(string sid) => $"{{\"sid\": \"RA{sid[2..]}\", \"channel_endpoint_type\": \"phone-number\", \"channel_endpoint_sid\": \"{sid}\"}}";

    private static string Entity(string sid) => $"{{\"sid\": \"BV{sid[2..]}\", \"object_sid\": \"{sid}\"}}";

    private static string Number(string sid, string e164, string? name) =>
        $"{{\"sid\": \"{sid}\", \"account_sid\": \"{Account}\", \"phone_number\": \"{e164}\", \"friendly_name\": {(name is null ? "null" : "\"" + name + "\"")}, \"capabilities\": {{\"voice\": true}}}}";

    private static Dictionary<string, string> Account1() => new()
    {
        // Profiles listed out of order, over two pages, to show the capture sorts and follows next_page_url.
        ["/v1/CustomerProfiles"] = RoutedTransport.V1Page("/v1/CustomerProfiles", "https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=1000&Page=1&PageToken=PT1",
            Bundle(ProfileB, "Second Co", "draft", PrimaryPolicy)),
        ["https://trusthub.twilio.com/v1/CustomerProfiles?PageSize=1000&Page=1&PageToken=PT1"] = RoutedTransport.V1Page("/v1/CustomerProfiles", null,
            Bundle(ProfileA, "Owl Industries \"Ltd\" & Söhne", "twilio-approved", PrimaryPolicy)),
        [$"/v1/CustomerProfiles/{ProfileA}/ChannelEndpointAssignments"] = RoutedTransport.V1Page("/x", null, Channel(NumberTollFree), Channel(NumberLocal)),
        [$"/v1/CustomerProfiles/{ProfileB}/ChannelEndpointAssignments"] = RoutedTransport.V1Page("/x", null),
        [NumbersPath] = RoutedTransport.NumbersPage($"{NumbersPath}?PageSize=1000&Page=1&PageToken=PT2",
            Number(NumberUk, "+442071838750", "London"), Number(NumberTollFree, "+18005550100", "(800) 555-0100")),
        [$"https://api.twilio.com{NumbersPath}?PageSize=1000&Page=1&PageToken=PT2"] = RoutedTransport.NumbersPage(null,
            Number(NumberLocal, "+12125550100", ""), Number(NumberCanada, "+14165550100", null)),
        ["/v1/TrustProducts"] = RoutedTransport.V1Page("/v1/TrustProducts", null, Bundle(Product, "Owl CNAM", "pending-review", CnamPolicy)),
        [$"/v1/TrustProducts/{Product}/ChannelEndpointAssignments"] = RoutedTransport.V1Page("/x", null, Channel(NumberLocal)),
        [$"/v1/TrustProducts/{Product}/EntityAssignments"] = RoutedTransport.V1Page("/x", null, Entity(EndUser), Entity(ProfileA)),
    };

    [Fact]
    public async Task The_capture_lists_everything_and_writes_sorted_json_without_secrets()
    {
        var transport = new RoutedTransport(Account1());

        AccountSnapshotDocument document = await AccountSnapshotCapture.CaptureAsync(transport, Account, new FakeTimeProvider(Now), default);

        Assert.Equal((2, 4, 1), (document.ProfileCount, document.NumberCount, document.TrustProductCount));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 17, 30, 15, TimeSpan.Zero), document.CapturedAt);
        string expected = $$"""
            {
              "version": 1,
              "accountSid": "{{Account}}",
              "capturedAt": "2026-11-21T17:30:15Z",
              "businessProfiles": [
                {
                  "sid": "{{ProfileA}}",
                  "friendlyName": "Owl Industries \"Ltd\" & Söhne",
                  "status": "twilio-approved",
                  "policySid": "{{PrimaryPolicy}}",
                  "numbers": [
                    "{{NumberLocal}}",
                    "{{NumberTollFree}}"
                  ]
                },
                {
                  "sid": "{{ProfileB}}",
                  "friendlyName": "Second Co",
                  "status": "draft",
                  "policySid": "{{PrimaryPolicy}}",
                  "numbers": []
                }
              ],
              "numbers": [
                {
                  "sid": "{{NumberLocal}}",
                  "phoneNumber": "+12125550100",
                  "friendlyName": null,
                  "type": "local",
                  "country": "US"
                },
                {
                  "sid": "{{NumberCanada}}",
                  "phoneNumber": "+14165550100",
                  "friendlyName": null,
                  "type": "local",
                  "country": "CA"
                },
                {
                  "sid": "{{NumberTollFree}}",
                  "phoneNumber": "+18005550100",
                  "friendlyName": "(800) 555-0100",
                  "type": "toll-free",
                  "country": "US"
                },
                {
                  "sid": "{{NumberUk}}",
                  "phoneNumber": "+442071838750",
                  "friendlyName": "London",
                  "type": "unknown",
                  "country": "GB"
                }
              ],
              "trustProducts": [
                {
                  "sid": "{{Product}}",
                  "friendlyName": "Owl CNAM",
                  "status": "pending-review",
                  "policySid": "{{CnamPolicy}}",
                  "numbers": [
                    "{{NumberLocal}}"
                  ],
                  "entities": [
                    "{{ProfileA}}",
                    "{{EndUser}}"
                  ]
                }
              ]
            }

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), document.ToJson());
        Assert.DoesNotContain("@", document.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", document.ToJson(), StringComparison.Ordinal);
        Assert.DoesNotContain('\r', document.ToJson());
    }

    [Fact]
    public async Task Every_list_asks_for_1000_items_a_page_and_pages_are_followed()
    {
        var transport = new RoutedTransport(Account1());

        await AccountSnapshotCapture.CaptureAsync(transport, Account);

        Assert.Equal(9, transport.Requests.Count); // 2 profile pages + 2 profiles, 2 number pages, 1 product page + its 2 lists
        Assert.All(transport.Requests, r => Assert.Equal(HttpMethod.Get, r.Method));
        Assert.All(transport.Requests.Where(r => r.AbsoluteUrl is null), r => Assert.Equal("1000", r.Query.Single(p => p.Key == "PageSize").Value));
        Assert.Equal(2, transport.Requests.Count(r => r.AbsoluteUrl is not null));
        Assert.Equal("https://api.twilio.com", transport.Requests.Single(r => r.Path == NumbersPath && r.AbsoluteUrl is null).ServerUrl);
        Assert.All(transport.Requests.Where(r => r.Path.StartsWith("/v1/", StringComparison.Ordinal)), r => Assert.Equal("https://trusthub.twilio.com", r.ServerUrl));
    }

    [Fact]
    public async Task WriteTo_writes_the_same_utf8_bytes_as_ToJson_and_leaves_the_stream_open()
    {
        var document = await AccountSnapshotCapture.CaptureAsync(new RoutedTransport(Account1()), Account, new FakeTimeProvider(Now), default);
        using var stream = new MemoryStream();

        document.WriteTo(stream);
        stream.WriteByte((byte)' ');

        byte[] bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(document.ToJson() + " ", Encoding.UTF8.GetString(bytes));
        using var parsed = JsonDocument.Parse(bytes.AsMemory(0, bytes.Length - 1));
        Assert.Equal(1, parsed.RootElement.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_empty_account_is_a_valid_snapshot_with_empty_lists()
    {
        var transport = new RoutedTransport(new()
        {
            ["/v1/CustomerProfiles"] = RoutedTransport.V1Page("/v1/CustomerProfiles", null),
            [NumbersPath] = RoutedTransport.NumbersPage(null),
            ["/v1/TrustProducts"] = RoutedTransport.V1Page("/v1/TrustProducts", null),
        });

        var document = await AccountSnapshotCapture.CaptureAsync(transport, Account);

        Assert.Equal((0, 0, 0), (document.ProfileCount, document.NumberCount, document.TrustProductCount));
        Assert.Contains("\"businessProfiles\": [],", document.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transport_for_another_account_captures_the_given_account_as_a_subaccount()
    {
        const string Sub = "ACffffffffffffffffffffffffffffffff";
        var pages = new Dictionary<string, string>
        {
            ["/v1/CustomerProfiles"] = RoutedTransport.V1Page("/v1/CustomerProfiles", null),
            [$"/2010-04-01/Accounts/{Sub}/IncomingPhoneNumbers.json"] = RoutedTransport.NumbersPage(null),
            ["/v1/TrustProducts"] = RoutedTransport.V1Page("/v1/TrustProducts", null),
        };
        var inner = new RoutedTransport(pages);

        var document = await AccountSnapshotCapture.CaptureAsync(inner.ForSubaccount(Account), Sub);

        Assert.Equal(Sub, document.AccountSid);
        Assert.All(inner.Requests, r => Assert.Equal(Sub, r.SubaccountSid));
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_any_call()
    {
        var transport = new RoutedTransport(new());

        await Assert.ThrowsAsync<ArgumentNullException>(() => AccountSnapshotCapture.CaptureAsync(null!, Account));
        var format = await Assert.ThrowsAsync<FormatException>(() => AccountSnapshotCapture.CaptureAsync(transport, "BU0000000000000000000000000000000a"));
        Assert.Contains("Account SID", format.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentNullException>(() => AccountSnapshotCapture.CaptureAsync(transport, Account, null!, default));
        Assert.Empty(transport.Requests);
    }

    [Fact]
    public async Task WriteTo_refuses_a_null_stream()
    {
        var document = await AccountSnapshotCapture.CaptureAsync(new RoutedTransport(Account1()), Account);
        Assert.Throws<ArgumentNullException>(() => document.WriteTo(null!));
    }

    [Fact]
    public async Task A_bundle_without_policy_sid_is_a_clear_error()
    {
        var pages = Account1();
        pages["/v1/CustomerProfiles"] = RoutedTransport.V1Page("/v1/CustomerProfiles", null, $"{{\"sid\": \"{ProfileA}\", \"friendly_name\": \"x\"}}");

        var error = await Assert.ThrowsAsync<JsonException>(() => AccountSnapshotCapture.CaptureAsync(new RoutedTransport(pages), Account));
        Assert.Contains("\"policy_sid\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_stops_the_capture()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AccountSnapshotCapture.CaptureAsync(new RoutedTransport(Account1()), Account, cancelled.Token));
    }
}
