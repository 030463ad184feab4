using System.Text;
using System.Text.Json;
using TrustHubGen.Runtime;

namespace TrustHubGen.Generator.Tests;

/// <summary>The runtime JSON helpers that generated readers and writers call (src/TrustHubGen.Runtime/Json).</summary>
public sealed class TwilioJsonTests
{
    [Theory]
    [InlineData("Thu, 30 Jul 2015 23:19:04 +0000", "2015-07-30T23:19:04.0000000+00:00")]
    [InlineData("Mon, 3 Aug 2015 08:00:00 -0500", "2015-08-03T08:00:00.0000000-05:00")]
    [InlineData("Thu, 30 Jul 2015 23:19:04 GMT", "2015-07-30T23:19:04.0000000+00:00")]
    [InlineData("2019-07-30T22:29:24Z", "2019-07-30T22:29:24.0000000+00:00")]
    [InlineData("2019-07-30T22:29:24.123+02:00", "2019-07-30T22:29:24.1230000+02:00")]
    public void ReadsIsoAndRfc2822Dates(string text, string expected) =>
        Assert.Equal(expected, Read($"\"{text}\"", static (ref Utf8JsonReader r) => TwilioJson.ReadDateTime(ref r))!.Value.ToString("O"));

    [Fact]
    public void RejectsAnUnreadableDateWithItsText()
    {
        var error = Assert.Throws<JsonException>(() => Read("\"yesterday\"", static (ref Utf8JsonReader r) => TwilioJson.ReadDateTime(ref r)));
        Assert.Equal("Expected an ISO 8601 or RFC 2822 date, but found \"yesterday\".", error.Message);
    }

    [Fact]
    public void ReadsNumbersSentAsStringsAndNulls()
    {
        Assert.Equal(-0.0075m, Read("\"-0.0075\"", static (ref Utf8JsonReader r) => TwilioJson.ReadDecimal(ref r)));
        Assert.Equal(42, Read("\"42\"", static (ref Utf8JsonReader r) => TwilioJson.ReadInt32(ref r)));
        Assert.True(Read("\"true\"", static (ref Utf8JsonReader r) => TwilioJson.ReadBoolean(ref r)));
        Assert.Null(Read("null", static (ref Utf8JsonReader r) => TwilioJson.ReadInt64(ref r)));
        Assert.Equal("12", Read("12", static (ref Utf8JsonReader r) => TwilioJson.ReadString(ref r)));
    }

    [Fact]
    public void ReadsMapsArraysRelativeUrisAndRawJson()
    {
        var map = Read("""{"a": "https://x/a", "b": {"n": 1}}""", static (ref Utf8JsonReader r) => TwilioJson.ReadStringMap(ref r))!;
        Assert.Equal("https://x/a", map["a"]);
        Assert.Equal("{\"n\": 1}", map["b"]);
        Assert.Equal(["x", "y"], Read("""["x", null, "y"]""", static (ref Utf8JsonReader r) => TwilioJson.ReadStringArray(ref r))!);
        Assert.False(Read("\"/2010-04-01/Accounts/AC1.json\"", static (ref Utf8JsonReader r) => TwilioJson.ReadUri(ref r))!.IsAbsoluteUri);
        Assert.Equal(3, Read("[1, {\"a\": []}, 3]", static (ref Utf8JsonReader r) => TwilioJson.ReadElement(ref r))!.Value.GetArrayLength());
    }

    [Fact]
    public void WritesNullsDatesAndRfc2822()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            TwilioJson.Write(writer, "s", (string?)null);
            TwilioJson.Write(writer, "iso", new DateTimeOffset(2019, 7, 30, 22, 29, 24, TimeSpan.Zero));
            TwilioJson.WriteRfc2822(writer, "rfc", new DateTimeOffset(2015, 7, 30, 23, 19, 4, TimeSpan.Zero));
            TwilioJson.Write(writer, "b", (bool?)false);
            writer.WriteEndObject();
        }
        Assert.Equal("""{"s":null,"iso":"2019-07-30T22:29:24Z","rfc":"Thu, 30 Jul 2015 23:19:04 \u002B0000","b":false}""", Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void JsonValueValidatesTextAndBuildsObjects()
    {
        Assert.Equal("{\"cnam_display_name\":\"ACME\"}", TwilioJsonValue.FromProperties([new("cnam_display_name", "ACME"), new("skipped", null)]).Json);
        Assert.Equal("[1,2]", TwilioJsonValue.FromJson("[1,2]").Json);
        var error = Assert.Throws<FormatException>(() => TwilioJsonValue.FromJson("{\"a\": "));
        Assert.StartsWith("The JSON value is not valid JSON", error.Message, StringComparison.Ordinal);
        using var document = JsonDocument.Parse("{\"x\": true}");
        TwilioJsonValue fromElement = document.RootElement;
        Assert.Equal("{\"x\": true}", fromElement.Json);
    }

    private static T Read<T>(string json, JsonItemReader<T> read) => TwilioJson.Parse(Encoding.UTF8.GetBytes(json), read);
}
