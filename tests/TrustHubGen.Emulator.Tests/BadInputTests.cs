using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using TrustHubGen.Emulator.Tests.Infrastructure;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// Bodies and queries the service would refuse are the client's 4xx with Twilio's error body, never a 500 that clients
/// retry; clients that go away are logged as such, never as failures with stack traces (issue 14).
/// </summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly LogRecorder _logs = new();
    private TestEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await TestEmulator.StartAsync(o => o.LoggerFactory = _logs.Factory);

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _logs.Factory.Dispose();
    }

    private Task<ApiResponse> PostEndUserAsync(HttpContent content) =>
        _emulator.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "v1/EndUsers") { Content = content });

    private static FormUrlEncodedContent EndUserForm(params (string Name, string Value)[] extra) => new(
        new[] { ("FriendlyName", "Owl"), ("Type", "cnam_information"), ("Attributes", """{"cnam_display_name":"Owl"}""") }.Concat(extra)
            .Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));

    [Fact]
    public async Task More_than_1024_form_fields_is_400()
    {
        var fields = Enumerable.Range(0, 1025).Select(i => ($"Field{i}", "x")).ToArray();
        var response = await PostEndUserAsync(EndUserForm(fields));
        AssertError(response, HttpStatusCode.BadRequest, 990018, "1024");
        AssertLoggedAsBadRequest(400);
    }

    [Fact]
    public async Task A_form_value_over_4_MB_is_413()
    {
        var response = await PostEndUserAsync(EndUserForm(("Notes", new string('a', (4 * 1024 * 1024) + 1))));
        AssertError(response, HttpStatusCode.RequestEntityTooLarge, 990019, "4 MB");
        AssertLoggedAsBadRequest(413);
    }

    [Fact]
    public async Task A_utf7_charset_is_400_naming_the_fix()
    {
        var content = new StringContent("FriendlyName=Owl&Type=cnam_information", Encoding.ASCII);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded; charset=utf-7");
        var response = await PostEndUserAsync(content);
        AssertError(response, HttpStatusCode.BadRequest, 990018, "charset=utf-8");
        AssertLoggedAsBadRequest(400);
    }

    [Fact]
    public async Task A_truncated_multipart_body_is_400()
    {
        const string Boundary = "owl-boundary";
        var body = $"--{Boundary}\r\nContent-Disposition: form-data; name=\"FriendlyName\"\r\n\r\nOwl\r\n--{Boundary}\r\nContent-Disposition: form-data; name=\"Type\"\r\n\r\ncnam_infor";
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
        var response = await PostEndUserAsync(content);
        AssertError(response, HttpStatusCode.BadRequest, 990018, "multipart");
        AssertLoggedAsBadRequest(400);
    }

    [Fact]
    public async Task A_complete_multipart_body_is_read_like_a_form()
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent("Owl"), "FriendlyName" },
            { new StringContent("cnam_information"), "Type" },
            { new StringContent("""{"cnam_display_name":"Owl"}"""), "Attributes" },
        };
        Assert.Equal(HttpStatusCode.Created, (await PostEndUserAsync(content)).Status);
    }

    [Fact]
    public async Task A_json_body_is_400_naming_its_content_type()
    {
        var response = await PostEndUserAsync(new StringContent("""{"FriendlyName":"Owl","Type":"cnam_information"}""", Encoding.UTF8, "application/json"));
        AssertError(response, HttpStatusCode.BadRequest, 20001, "FriendlyName", "application/json", "application/x-www-form-urlencoded");
    }

    /// <summary>An update requires nothing, so a JSON body read as no parameters would be a 200 that changed nothing.</summary>
    [Fact]
    public async Task A_json_body_to_an_update_is_400_and_changes_nothing()
    {
        var product = await CreateTrustProductAsync(_emulator.Client, TestEmulator.ShakenStir);
        var update = new HttpRequestMessage(HttpMethod.Post, $"v1/TrustProducts/{product}")
        {
            Content = new StringContent("""{"Status":"pending-review","FriendlyName":"Owl"}""", Encoding.UTF8, "application/json"),
        };

        AssertError(await _emulator.Client.SendAsync(update), HttpStatusCode.BadRequest, 990018, "application/json", "application/x-www-form-urlencoded");
        var fetched = await _emulator.Client.GetAsync($"v1/TrustProducts/{product}");
        Assert.Equal("draft", fetched.Str("status"));
        Assert.NotEqual("Owl", fetched.Str("friendly_name"));
    }

    [Theory]
    [InlineData("{\"cnam_display_name\":", 990011, "not valid JSON")]
    [InlineData("[1,2]", 990011, "JSON object")]
    public async Task Bad_json_attributes_are_400(string attributes, int code, string message)
    {
        var response = await _emulator.Client.PostAsync("v1/EndUsers", ("FriendlyName", "Owl"), ("Type", "cnam_information"), ("Attributes", attributes));
        AssertError(response, HttpStatusCode.BadRequest, code, "Attributes", message);
    }

    [Fact]
    public async Task Invalid_utf8_in_a_value_is_kept_as_sent_not_a_500()
    {
        // Percent-escapes that decode to no UTF-8 stay as they were sent (ASP.NET Core's form reader), like any other text.
        var content = new StringContent("FriendlyName=Owl%FF%FE&Type=cnam_information&Attributes=%7B%7D", Encoding.ASCII, "application/x-www-form-urlencoded");
        var response = await PostEndUserAsync(content);
        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("Owl%FF%FE", response.Str("friendly_name"));
        var raw = new ByteArrayContent([.. "FriendlyName=Owl"u8, 0xFF, 0xFE, .. "&Type=cnam_information"u8]);
        raw.Headers.ContentType = MediaTypeHeaderValue.Parse("application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.Created, (await PostEndUserAsync(raw)).Status);
    }

    [Theory]
    [InlineData("PageSize=1000000", "PageSize")]
    [InlineData("PageSize=0", "PageSize")]
    [InlineData("Page=99999999999", "Page")]
    [InlineData("Page=-1", "Page")]
    [InlineData("Page=2147483647&PageSize=1000", "Page")]
    [InlineData("Page=2147483647&PageSize=1", "Page")]      // the offset fits an int, the page's end does not
    [InlineData("Page=2147483&PageSize=1000", "Page")]
    public async Task Enormous_or_odd_paging_values_are_400(string query, string parameter)
    {
        AssertError(await _emulator.Client.GetAsync($"v1/TrustProducts?{query}"), HttpStatusCode.BadRequest, 990011, parameter);
    }

    [Fact]
    public async Task A_query_string_beyond_the_request_line_limit_is_414_and_many_parameters_are_fine()
    {
        var huge = await _emulator.Client.GetAsync($"v1/TrustProducts?FriendlyName={new string('a', 10_000)}");
        Assert.Equal(HttpStatusCode.RequestUriTooLong, huge.Status);
        var many = await _emulator.Client.GetAsync("v1/TrustProducts?" + string.Join("&", Enumerable.Range(0, 500).Select(i => $"x{i}=1")));
        Assert.Equal(HttpStatusCode.OK, many.Status);
    }

    [Fact]
    public async Task A_client_that_goes_away_mid_body_is_logged_as_gone_not_as_a_failure()
    {
        using (var client = await RawHttp.ConnectAsync(_emulator))
        {
            var stream = client.GetStream();
            await stream.WriteAsync(RawHttp.PostHead(_emulator, "/v1/EndUsers", "application/x-www-form-urlencoded", 10_000));
            await stream.WriteAsync("FriendlyName=Owl&Type="u8.ToArray());
            await stream.FlushAsync();
            await Task.Delay(200);
            client.Client.LingerState = new System.Net.Sockets.LingerOption(true, 0);
        }

        await WaitForAsync(() => _logs.Entries.Any(e => e.Message.Contains("went away", StringComparison.Ordinal) || e.Message.Contains("Refused", StringComparison.Ordinal)));
        AssertNoFailureLogged();
        Assert.DoesNotContain(_emulator.Host.ReadState().Account(_emulator.Host.AccountSid).EndUsers, e => e.FriendlyName == "Owl");
    }

    [Fact]
    public async Task A_body_that_arrives_too_slowly_is_408_and_logged_as_a_bad_request()
    {
        // Kestrel's minimum upload rate (240 bytes/s after a 5 s grace period) is what a slow body breaks.
        using var client = await RawHttp.ConnectAsync(_emulator);
        var stream = client.GetStream();
        await stream.WriteAsync(RawHttp.PostHead(_emulator, "/v1/EndUsers", "application/x-www-form-urlencoded", 5_000));
        await stream.WriteAsync("FriendlyName=Owl"u8.ToArray());
        var answer = await RawHttp.ReadResponseAsync(client, TimeSpan.FromSeconds(30));

        Assert.StartsWith("HTTP/1.1 408", answer, StringComparison.Ordinal);
        Assert.Contains("\"code\":990018", answer, StringComparison.Ordinal);
        AssertLoggedAsBadRequest(408);
    }

    private void AssertLoggedAsBadRequest(int status)
    {
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Exception is null && e.Message.Contains($"with {status}:", StringComparison.Ordinal));
        AssertNoFailureLogged();
    }

    private void AssertNoFailureLogged() =>
        Assert.DoesNotContain(_logs.Entries, e => e.Level >= LogLevel.Error || e.Exception is not null);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "the expected log entry never came");
    }
}
