using System.Collections.Concurrent;
using System.Diagnostics;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Trusthub.V1;
using Twilio.Rest.Trusthub.V1.CustomerProfiles;
using Twilio.Rest.Trusthub.V1.TrustProducts;
using TrustHubGen.Emulator.Clients;
using TrustHubGen.Emulator.Hosting;

namespace TrustHubGen.Onboarding.Benchmarks;

/// <summary>What the Twilio C# library run cost and lost.</summary>
internal sealed record LibraryMeasurement(int Requests, TimeSpan Wall, int NumbersLost, int Throttled, int OtherErrors);

/// <summary>
/// What a .NET developer writes without TrustHubGen: Twilio's C# library (8.2.0) making the documented calls, the number
/// assignments with <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, ParallelOptions, Func{TSource, CancellationToken, ValueTask})"/>
/// at a fixed degree. The library does not retry a 429, so a refused assignment is a number lost (counted, not retried).
/// </summary>
internal static class TwilioLibraryRun
{
    private const string Cnam = "RNf3db3cd1fe25fcfd3c3ded065c8fea53";
    private const string ShakenStir = "RN7a97559effdf62d00f4298208492a5ea";

    public static async Task<LibraryMeasurement> RunAsync(EmulatorHost emulator, IReadOnlyList<string> numbers, int degree, SocketsHttpHandler sockets)
    {
        var counter = new CountingHandler(new TwilioRedirectHandler(emulator.BaseAddress, sockets));
        using var http = new System.Net.Http.HttpClient(counter, disposeHandler: false);
        var client = new TwilioRestClient(emulator.AccountSid, emulator.AuthToken, httpClient: new SystemNetHttpClient(http));
        var profile = emulator.Seed.PrimaryBusinessProfileSid!;
        var lost = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        int throttled = 0, other = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree };

        async Task AssignAllAsync(Func<string, Task> assign)
        {
            await Parallel.ForEachAsync(numbers, options, async (sid, _) =>
            {
                try
                {
                    await assign(sid);
                }
                catch (ApiException e)
                {
                    lost[sid] = true;
                    if (e.Status == 429) Interlocked.Increment(ref throttled);
                    else Interlocked.Increment(ref other);
                }
            });
        }

        var clock = Stopwatch.StartNew();
        await AssignAllAsync(sid => CustomerProfilesChannelEndpointAssignmentResource.CreateAsync(profile, "phone-number", sid, client));

        var cnam = await TrustProductsResource.CreateAsync("Benchmark CNAM", "ops@example.com", Cnam, client: client);
        await TrustProductsEntityAssignmentsResource.CreateAsync(cnam.Sid, profile, client);
        var endUser = await EndUserResource.CreateAsync("Benchmark CNAM name", "cnam_information", new Dictionary<string, object> { ["cnam_display_name"] = "OWL INDUSTRIES" }, client);
        await TrustProductsEntityAssignmentsResource.CreateAsync(cnam.Sid, endUser.Sid, client);
        await AssignAllAsync(sid => TrustProductsChannelEndpointAssignmentResource.CreateAsync(cnam.Sid, "phone-number", sid, client));
        await TrustProductsResource.UpdateAsync(cnam.Sid, status: "pending-review", client: client);

        var shaken = await TrustProductsResource.CreateAsync("Benchmark SHAKEN/STIR", "ops@example.com", ShakenStir, client: client);
        await TrustProductsEntityAssignmentsResource.CreateAsync(shaken.Sid, profile, client);
        await AssignAllAsync(sid => TrustProductsChannelEndpointAssignmentResource.CreateAsync(shaken.Sid, "phone-number", sid, client));
        await TrustProductsResource.UpdateAsync(shaken.Sid, status: "pending-review", client: client);
        clock.Stop();
        return new LibraryMeasurement(counter.Requests, clock.Elapsed, lost.Count, throttled, other);
    }
}
