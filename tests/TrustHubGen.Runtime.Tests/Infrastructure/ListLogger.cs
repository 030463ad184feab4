using Microsoft.Extensions.Logging;

namespace TrustHubGen.Runtime.Tests.Infrastructure;

/// <summary>Collects every formatted log line (with its exception text and structured values) for assertions.</summary>
public sealed class ListLogger : ILogger, ILoggerProvider
{
    private readonly object _gate = new();

    public List<(LogLevel Level, EventId Event, string Line)> Entries { get; } = new();

    public IEnumerable<string> Lines { get { lock (_gate) return Entries.Select(e => e.Line).ToList(); } }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(";", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
        var line = formatter(state, exception) + " | " + values + (exception is null ? "" : " | " + exception);
        lock (_gate) Entries.Add((logLevel, eventId, line));
    }

    public ILogger CreateLogger(string categoryName) => this;

    public void Dispose()
    {
    }
}
