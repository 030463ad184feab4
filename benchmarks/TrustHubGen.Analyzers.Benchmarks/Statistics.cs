namespace TrustHubGen.Analyzers.Benchmarks;

/// <summary>Quantiles of a benchmark's samples (linear interpolation between the closest ranks), shared by every summary.</summary>
internal static class Statistics
{
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    public static double Median(IEnumerable<double> values) => Quantile(values.Order().ToList(), 0.5);
}
