using Microsoft.Extensions.Logging;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Onboarding.Tests.Isv;

/// <summary>Keeps every formatted log line, so tests can check what logs say and what they never say.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly List<string> _lines = [];

    public string Text
    {
        get
        {
            lock (_lines) return string.Join("\n", _lines);
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_lines) _lines.Add(formatter(state, exception));
    }
}

/// <summary>Reports progress on the caller's thread (Progress&lt;T&gt; would post it later).</summary>
internal sealed class SynchronousProgress(Action<OnboardingProgress> report) : IProgress<OnboardingProgress>
{
    public void Report(OnboardingProgress value) => report(value);
}
