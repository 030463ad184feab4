using System.Runtime.CompilerServices;
using System.Text.Json;
using TrustHubGen.Runtime.Snapshots;
using TrustHubGen.Runtime.Tests.Infrastructure;

namespace TrustHubGen.Runtime.Tests.Snapshots;

/// <summary>
/// The snapshot file users commit must not change when its writer does: <c>Expected/tricky-account.snapshot.json</c> is
/// the exact output of the hand-written <c>Utf8JsonWriter</c> writer this document had before it moved to System.Text.Json
/// source generation, for names that exercise every escaping rule (quotes, HTML characters, controls, non-ASCII,
/// surrogate pairs, U+2028). Set TRUSTHUBGEN_UPDATE_BASELINES=1 to rewrite it after a deliberate format change.
/// </summary>
public sealed class SnapshotDocumentFormatTests
{
    private const string Account = TestData.AccountSid;
    private const string Policy = "RN6433641899984f951173ef1738c3bdd0";
    private static readonly string NumbersPath = $"/2010-04-01/Accounts/{Account}/IncomingPhoneNumbers.json";

    private static readonly string[] Names =
    [
        "Owl \"Ltd\" & Söhne <b>'x'</b>",
        "Tab\tNew\nLine\r\u0001 end",
        "Emoji 😀 and 日本語 and Ω",
        "Separators \u2028 \u2029 and slash / back \\",
        "",
    ];

    [Fact]
    public async Task The_output_is_byte_identical_to_the_format_users_have_committed()
    {
        var pages = new Dictionary<string, string>
        {
            ["/v1/CustomerProfiles"] = RoutedTransport.V1Page("/v1/CustomerProfiles", null,
                Names.Select((name, i) => Bundle($"BU{i:x32}", name, "twilio-approved")).ToArray()),
            [NumbersPath] = RoutedTransport.NumbersPage(null, Names.Select((name, i) => Number($"PN{i:x32}", $"+1212555010{i}", name)).Append(Number($"PN{99:x32}", "+442071838750", null)).ToArray()),
            ["/v1/TrustProducts"] = RoutedTransport.V1Page("/v1/TrustProducts", null, Bundle($"BU{77:x32}", Names[0], "draft")),
            [$"/v1/TrustProducts/BU{77:x32}/ChannelEndpointAssignments"] = RoutedTransport.V1Page("/x", null),
            [$"/v1/TrustProducts/BU{77:x32}/EntityAssignments"] = RoutedTransport.V1Page("/x", null),
        };
        for (var i = 0; i < Names.Length; i++)
            pages[$"/v1/CustomerProfiles/BU{i:x32}/ChannelEndpointAssignments"] = RoutedTransport.V1Page("/x", null);

        var document = await AccountSnapshotCapture.CaptureAsync(new RoutedTransport(pages), Account, new FakeTimeProvider(new DateTimeOffset(2026, 12, 3, 9, 8, 7, TimeSpan.Zero)), default);
        using var stream = new MemoryStream();
        document.WriteTo(stream);

        var expectedPath = Path.Combine(Directory(), "Expected", "tricky-account.snapshot.json");
        if (Environment.GetEnvironmentVariable("TRUSTHUBGEN_UPDATE_BASELINES") == "1") File.WriteAllBytes(expectedPath, stream.ToArray());
        Assert.Equal(File.ReadAllBytes(expectedPath), stream.ToArray());
    }

    private static string Bundle(string sid, string name, string status) =>
        $"{{\"sid\": \"{sid}\", \"friendly_name\": {JsonSerializer.Serialize(name)}, \"status\": \"{status}\", \"policy_sid\": \"{Policy}\"}}";

    private static string Number(string sid, string e164, string? name) =>
        $"{{\"sid\": \"{sid}\", \"phone_number\": \"{e164}\", \"friendly_name\": {JsonSerializer.Serialize(name)}}}";

    private static string Directory([CallerFilePath] string path = "") => System.IO.Path.GetDirectoryName(path)!;
}
