using System.Net;
using System.Text.Json;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Rules;
using TrustHubGen.Emulator.State;
using TrustHubGen.Emulator.State.Storage;
using TrustHubGen.Emulator.Tests.Infrastructure;
using TrustHubGen.Testing;
using static TrustHubGen.Emulator.Tests.Infrastructure.Flows;

namespace TrustHubGen.Emulator.Tests;

/// <summary>
/// The state file on System.Text.Json source generation: files written before it load and are written back byte for
/// byte; whatever the API accepts is written and read back (deepest attributes included); a file that cannot be read
/// stops the start with its path and the problem, and is left as it was.
/// </summary>
public sealed class StateFileTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Emulator.Tests", "Fixtures", "state-written-by-0.1.json");
    private readonly string _directory = Directory.CreateTempSubdirectory("emulator-statefile-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_file_written_by_the_hand_written_writer_loads_and_is_written_back_byte_for_byte()
    {
        var original = File.ReadAllBytes(Fixture);
        var state = new EmulatorState(PolicyCatalog.BuiltIn([]), TimeProvider.System);
        StateLoader.Load(state, Fixture, original);

        var document = StateCapture.Capture(state);
        Assert.NotNull(document.CapturedAt);
        document.CapturedAt = null;
        var written = JsonSerializer.SerializeToUtf8Bytes(document, StateJsonContext.File.StateDocument);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(original), System.Text.Encoding.UTF8.GetString(written));
    }

    [Fact]
    public async Task The_emulator_serves_a_state_file_written_by_the_hand_written_writer()
    {
        var path = Path.Combine(_directory, "state.json");
        File.Copy(Fixture, path);
        await using var emulator = await TestEmulator.StartAsync(o =>
        {
            o.StatePath = path;
            o.Seed = "none";
        });
        var products = (await emulator.Client.GetAsync("v1/TrustProducts")).Json.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["twilio-approved", "twilio-rejected", "draft"], products.Select(p => p.GetProperty("status").GetString()));
        Assert.Equal([22214, 22215], products[1].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("code").GetInt32()));
        var custom = (await emulator.Client.GetAsync("v1/EndUsers")).Json.GetProperty("results").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "custom_type");
        Assert.Equal("Zoë \"Q\" <Owl> & Co — 東京", custom.GetProperty("attributes").GetProperty("name").GetString());
        Assert.Equal("🦉", custom.GetProperty("attributes").GetProperty("emoji").GetString());
        Assert.Equal(1, (await emulator.Client.GetAsync($"v1/TrustProducts/{products[0].GetProperty("sid").GetString()}/Evaluations")).Json.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Attributes_at_the_depth_limit_are_stored_and_read_back_and_one_level_deeper_is_a_400()
    {
        var path = Path.Combine(_directory, "deep.json");
        var deepest = Nested(StateLimits.AttributesMaxDepth);
        string sid;
        await using (var emulator = await TestEmulator.StartAsync(o => o.StatePath = path))
        {
            var created = await CreateEndUserAsync(emulator.Client, "custom_type", deepest);
            Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
            sid = created.Str("sid");

            var tooDeep = await CreateEndUserAsync(emulator.Client, "custom_type", Nested(StateLimits.AttributesMaxDepth + 1));
            AssertError(tooDeep, HttpStatusCode.BadRequest, 990011, "Attributes", $"deeper than {StateLimits.AttributesMaxDepth} levels");
            AssertError(await emulator.Client.PostAsync($"v1/EndUsers/{sid}", ("Attributes", Nested(200))), HttpStatusCode.BadRequest, 990011, "deeper");
        }

        // The file and the answers stay within 64 levels, and the attributes come back as the client sent them.
        await using var reloaded = await TestEmulator.StartAsync(o => o.StatePath = path);
        var fetched = await reloaded.Client.GetAsync($"v1/EndUsers/{sid}");
        Assert.Equal(deepest, fetched.Json.GetProperty("attributes").GetRawText());
    }

    [Fact]
    public void A_file_with_attributes_as_deep_as_former_emulators_accepted_still_loads()
    {
        // Emulators before the limit accepted 64 levels and wrote files their own reader refused (nesting past 64).
        var original = File.ReadAllText(Fixture);
        var deep = Nested(StateLimits.FormerAttributesMaxDepth);
        var patched = original.Replace("\"attributes\":{\"cnam_display_name\":\"Owl Industries\"}", "\"attributes\":" + deep, StringComparison.Ordinal);
        Assert.NotEqual(original, patched);
        var state = new EmulatorState(PolicyCatalog.BuiltIn([]), TimeProvider.System);
        StateLoader.Load(state, "former.json", System.Text.Encoding.UTF8.GetBytes(patched));
        Assert.Contains(state.BySid.Values.OfType<EndUser>(), e => e.AttributesJson == deep);
    }

    [Fact]
    public async Task Odd_but_accepted_values_survive_the_file()
    {
        var path = Path.Combine(_directory, "odd.json");
        const string Attributes = """{"nul":"a\u0000b","big":12345678901234567890123,"exp":1e400,"name":"\u00e9\ud83e\udd89"}""";
        string sid;
        await using (var emulator = await TestEmulator.StartAsync(o => o.StatePath = path))
        {
            // A lone surrogate cannot be stored as UTF-8: refused at the door, not at the next write.
            AssertError(await CreateEndUserAsync(emulator.Client, "custom_type", """{"lone":"\ud800"}"""), HttpStatusCode.BadRequest, 990011, "Attributes");

            var created = await emulator.Client.PostAsync("v1/EndUsers", ("FriendlyName", "Zoë\u0001\t🦉 \"quoted\""), ("Type", "custom_type"), ("Attributes", Attributes));
            Assert.True(created.Status == HttpStatusCode.Created, created.ToString());
            sid = created.Str("sid");
        }

        await using var reloaded = await TestEmulator.StartAsync(o => o.StatePath = path);
        var fetched = await reloaded.Client.GetAsync($"v1/EndUsers/{sid}");
        Assert.Equal("Zoë\u0001\t🦉 \"quoted\"", fetched.Str("friendly_name"));
        Assert.Equal("12345678901234567890123", fetched.Json.GetProperty("attributes").GetProperty("big").GetRawText());
    }

    [Theory]
    [InlineData("{\"format\":\"trusthubgen-emulator-state/1\",\"accounts\":[{\"sid\":", "$.accounts[0]")]
    [InlineData("", "")]
    [InlineData("{\"accounts\":[{\"sid\":\"AC043bcd784c2155dbb1db7b3139a3617f\",\"auth_token\":7}]}", "$.accounts[0].auth_token (line 1): expected a string.")]
    [InlineData("{\"accounts\":[{\"sid\":\"AC043bcd784c2155dbb1db7b3139a3617f\",\"auth_token\":\"t\",\"end_users\":[{\"type\":\"x\",\"date_created\":\"yesterday\"}]}]}", "$.accounts[0].end_users[0].date_created")]
    // In JSON terms, not System.Text.Json's .NET type names ("could not be converted to …StateDocument").
    [InlineData("[]", ": $ (line 1): expected an object.")]
    [InlineData("{\"accounts\":{}}", ": $.accounts (line 1): expected an array.")]
    [InlineData("{\"format\":\"trusthubgen-emulator-state/2\",\"accounts\":[]}", "$.format")]
    [InlineData("{\"format\":\"something-else\",\"accounts\":[]}", "$.format")]
    // Another version's keys are not this one's unknown keys: the version is what is wrong.
    [InlineData("{\"format\":\"trusthubgen-emulator-state/2\",\"accounts\":[],\"regions\":[]}", "$.format: \"trusthubgen-emulator-state/2\" is not the format")]
    public async Task A_state_file_that_cannot_be_read_stops_the_start_naming_its_path_and_the_problem_and_is_left_untouched(string content, string jsonPath)
    {
        var path = Path.Combine(_directory, "broken.json");
        await File.WriteAllTextAsync(path, content);
        var before = await File.ReadAllBytesAsync(path);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => EmulatorHost.StartAsync(new EmulatorOptions { StatePath = path }));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(jsonPath, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(path));
        Assert.Equal(["broken.json"], Directory.GetFiles(_directory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_second_emulator_on_the_same_state_file_is_refused_rather_than_overwriting_the_firsts_writes()
    {
        // Two emulators on one --state file each wrote their own state over the other's: the first one's trust product
        // was gone from the file after both stopped.
        var path = Path.Combine(_directory, "shared.json");
        await using var first = await EmulatorHost.StartAsync(new EmulatorOptions { StatePath = path });
        var link = Path.Combine(_directory, "link.json");
        File.CreateSymbolicLink(link, path);

        foreach (var named in new[] { path, link })
        {
            var error = await Assert.ThrowsAsync<InvalidDataException>(() => EmulatorHost.StartAsync(new EmulatorOptions { StatePath = named }));
            Assert.Equal($"{path} is the state file of another running emulator; give this one another --state file (EmulatorOptions.StatePath), or stop that one.", error.Message);
        }

        await first.DisposeAsync();
        await using var next = await EmulatorHost.StartAsync(new EmulatorOptions { StatePath = path });
        await next.DisposeAsync();
        Assert.Equal(["link.json", "shared.json"], Directory.GetFiles(_directory).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_state_file_of_another_format_version_is_refused_rather_than_read_and_written_back_as_this_one()
    {
        // A newer emulator's file loaded as this version's would lose what this version does not know at the first write.
        var path = Path.Combine(_directory, "newer.json");
        await File.WriteAllTextAsync(path, "{\"format\":\"trusthubgen-emulator-state/2\",\"accounts\":[]}");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => EmulatorHost.StartAsync(new EmulatorOptions { StatePath = path }));

        Assert.Equal($"{path}: $.format: \"trusthubgen-emulator-state/2\" is not the format this emulator reads (trusthubgen-emulator-state/1); "
            + "another version of TrustHubGen wrote it: read it with that version.", error.Message);
        Assert.Equal("{\"format\":\"trusthubgen-emulator-state/2\",\"accounts\":[]}", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task The_program_reports_an_unreadable_state_file_and_exits_2_without_replacing_it()
    {
        var path = Path.Combine(_directory, "broken.json");
        await File.WriteAllTextAsync(path, "{\"accounts\": [ {\"sid\": \"not a sid\"} ]}");
        using var process = EmulatorProcess.Start("--urls", "http://127.0.0.1:0", "--state", path);
        // Exit 2, bad input: the emulator command's code for a seed, state, policy or faults file it cannot use.
        Assert.Equal(2, await process.WaitForExitAsync());
        Assert.Contains(path, process.Output, StringComparison.Ordinal);
        Assert.Contains("$.accounts[0].sid", process.Output, StringComparison.Ordinal);
        Assert.Equal("{\"accounts\": [ {\"sid\": \"not a sid\"} ]}", await File.ReadAllTextAsync(path));
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("{\"a\":", depth - 1)) + "{\"leaf\":1}" + new string('}', depth - 1);
}
