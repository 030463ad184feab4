namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>
/// What TrustHubGen's analyzers add to a compilation, measured as Roslyn's maintainers advise for that question
/// (builds with and without the analyzers; https://github.com/dotnet/roslyn/pull/2818): the clean corpus built with them
/// (this build, and any other build named) and without them in the same rounds, each pair compared:
/// (with - without) / with, for the compiler's CPU and for the <c>Csc</c> task's wall time. The .NET SDK's analyzers run
/// in both.
/// </summary>
internal static class CostSummary
{
    public const string Without = "clean, without TrustHubGen analyzers";

    /// <summary>Prints each build against the one without; warm compilations also by their place in the server's life
    /// (<paramref name="warmBuilds"/> a round): the second compilation is where the tiered JIT recompiles what the first
    /// one ran hot, the later ones are the steady state of a long-lived server.</summary>
    public static void Print(IReadOnlyDictionary<string, List<BuildTiming>> results, int? warmBuilds)
    {
        var server = warmBuilds is not null;
        Console.WriteLine();
        Console.WriteLine("What TrustHubGen's analyzers add (pairs of the same round: (with - without) / with; median, quartiles, min-max):");
        var builds = results.Keys.Select(k => k.Split(" [")[0]).Where(name => name != Without).Distinct().ToList();
        foreach (var (build, how) in builds.SelectMany(b => (server ? new[] { " [fresh process]", " [server, first]", " [server, warm]" } : [""]).Select(h => (b, h))))
        {
            if (!results.TryGetValue(build + how, out var with) || !results.TryGetValue(Without + how, out var without)) continue;
            PrintPairs(build, how, with, without);
            if (how != " [server, warm]" || warmBuilds is not { } n || n < 2) continue;
            for (var place = 0; place < n; place++)
            {
                var at = place;
                PrintPairs(build, $" [server, warm, compilation {place + 2} of each server]", with.Where((_, i) => i % n == at).ToList(), without.Where((_, i) => i % n == at).ToList());
            }
        }
    }

    private static void PrintPairs(string build, string how, List<BuildTiming> with, List<BuildTiming> without)
    {
        var pairs = with.Zip(without).ToList();
        var cpu = pairs.Select(p => 100 * (p.First.CpuSeconds - p.Second.CpuSeconds) / p.First.CpuSeconds).Order().ToList();
        var wall = pairs.Select(p => 100 * (p.First.CscSeconds - p.Second.CscSeconds) / p.First.CscSeconds).Order().ToList();
        var charged = with.Select(t => t.Share).Order().ToList();
        Console.WriteLine($"{build}, {(how.Length == 0 ? "fresh process" : how.Trim(' ', '[', ']'))}, {pairs.Count} pairs: " +
                          $"CPU {Stats(cpu)} (with {Statistics.Median(with.Select(t => t.CpuSeconds)):F2} s, without {Statistics.Median(without.Select(t => t.CpuSeconds)):F2} s); " +
                          $"Csc wall {Stats(wall)} (with {Statistics.Median(with.Select(t => t.CscSeconds)):F2} s, without {Statistics.Median(without.Select(t => t.CscSeconds)):F2} s); " +
                          $"the compiler's report (charged / Csc) {Stats(charged)}");
    }

    private static string Stats(List<double> sorted) =>
        $"{Statistics.Quantile(sorted, 0.5):F2} % ({Statistics.Quantile(sorted, 0.25):F2} to {Statistics.Quantile(sorted, 0.75):F2} %, {sorted[0]:F2} to {sorted[^1]:F2} %)";
}
