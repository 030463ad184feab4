namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>Waits for a condition of a running onboarding, failing with what was awaited and how things stood.</summary>
internal static class Eventually
{
    public static async Task WaitAsync(Func<bool> condition, TimeSpan within, string what, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + within;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited {within} for {what}:\n{describe()}");
            await Task.Delay(200);
        }
    }
}
