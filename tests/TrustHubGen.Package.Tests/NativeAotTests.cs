using System.Runtime.InteropServices;
using TrustHubGen.Emulator.Faults;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Testing;

namespace TrustHubGen.Package.Tests;

/// <summary>
/// The Runtime's "AOT-clean" claim, as a user meets it: an app with PublishAot on the packed package (DI, the typed
/// pipeline, paging, retries, an error answer, a policy file of its own) publishes with every trim and AOT warning
/// reported one by one (TrimmerSingleWarn=false) and none of them, and the native binary onboards against the emulator.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class NativeAotTests(PackedPackageFixture package) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("trusthubgen-aot-").FullName;

    [Fact]
    public async Task A_native_aot_app_publishes_without_a_warning_and_its_binary_onboards_against_the_emulator()
    {
        var consumer = Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "AotConsumer");
        File.WriteAllText(Path.Combine(_directory, "AotConsumer.csproj"),
            File.ReadAllText(Path.Combine(consumer, "AotConsumer.csproj.template")).Replace("$(TrustHubGenTestVersion)", package.Version));
        File.WriteAllText(Path.Combine(_directory, "nuget.config"),
            File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "Consumer", "nuget.config.template")).Replace("$(FEED)", package.FeedDirectory));
        File.Copy(Path.Combine(consumer, "Program.cs"), Path.Combine(_directory, "Program.cs"));
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "TrustHubGen.Package.Tests", "Consumer", "branded-calling.json"), Path.Combine(_directory, "branded-calling.json"));
        var output = Path.Combine(_directory, "publish");

        var publish = await ProcessRunner.RunAsync("dotnet", ["publish", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", output, "--nologo"],
            _directory, TimeSpan.FromMinutes(10));

        publish.EnsureSuccess("publishing the Native AOT consumer");
        Assert.Contains("Generating native code", publish.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", publish.Output, StringComparison.OrdinalIgnoreCase);

        var faults = new FaultOptions();
        faults.Routes.Add(new RouteFault { Method = "GET", Path = "/v1/TrustProducts", ServiceUnavailableRate = 0.5 });
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { ReviewStepDelay = TimeSpan.Zero, Faults = faults });
        var run = await ProcessRunner.RunAsync(Path.Combine(output, "AotConsumer"), [emulator.Seed.PrimaryBusinessProfileSid!], _directory, TimeSpan.FromMinutes(2),
            new Dictionary<string, string?>
            {
                ["TWILIO_ACCOUNT_SID"] = emulator.AccountSid,
                ["TWILIO_AUTH_TOKEN"] = emulator.AuthToken,
                ["TWILIO_API_KEY"] = null,
                ["TWILIO_API_SECRET"] = null,
                ["TRUSTHUB_EMULATOR_URL"] = emulator.BaseAddress.ToString(),
            });

        run.EnsureSuccess("running the native binary against the emulator");
        Assert.Contains("Cnam: BU", run.Output, StringComparison.Ordinal);
        Assert.Contains("ShakenStir: BU", run.Output, StringComparison.Ordinal);
        Assert.Contains("(+18005550100) for Cnam", run.Output, StringComparison.Ordinal);
        Assert.Contains("listed 2 products one per page: TrustHubGen Cnam", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"retries [1-9]", run.Output);
        Assert.True(emulator.Statistics.InjectedFaults > 0, "The emulator injected no 503.");
        Assert.Contains("not found: 404 20404", run.Output, StringComparison.Ordinal);
        Assert.Contains("own policy: RN0123456789abcdef0123456789abcdef BrandedCalling", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
