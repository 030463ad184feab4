namespace TrustHubGen.Durable.Tests;

/// <summary>
/// ReconcileEvery becomes a cron step within the minute or the hour, so only an interval that divides it repeats evenly:
/// 7 minutes would run at :49 and :56, then :00 (4 minutes later). Others are refused at start, naming the ones that work.
/// </summary>
public sealed class ReconcileIntervalTests
{
    [Theory]
    [InlineData(15, "*/15 * * * * *")]
    [InlineData(60 * 10, "*/10 * * * *")]
    [InlineData(60 * 30, "*/30 * * * *")]
    [InlineData(60 * 60, "0 * * * *")]
    public void An_interval_dividing_the_minute_or_the_hour_is_a_cron_step(int seconds, string cron)
    {
        var options = new TrustHubIsvOnboardingOptions { ReconcileEvery = TimeSpan.FromSeconds(seconds) };

        Assert.Empty(options.GetValidationProblems());
        Assert.Equal(cron, options.ReconcileCron);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(60 * 7)]
    [InlineData(60 * 45)]
    [InlineData(90)]
    [InlineData(60 * 90)]
    public void An_interval_that_would_repeat_unevenly_is_refused_naming_the_ones_that_work(int seconds)
    {
        var options = new TrustHubIsvOnboardingOptions { ReconcileEvery = TimeSpan.FromSeconds(seconds) };

        var problem = Assert.Single(options.GetValidationProblems());
        Assert.StartsWith($"TrustHubIsvOnboardingOptions.ReconcileEvery is {TimeSpan.FromSeconds(seconds)}; ", problem, StringComparison.Ordinal);
        Assert.Contains("1, 2, 3, 4, 5, 6, 10, 12, 15, 20 or 30 minutes, or an hour", problem, StringComparison.Ordinal);
    }
}
