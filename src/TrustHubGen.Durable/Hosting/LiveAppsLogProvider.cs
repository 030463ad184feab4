using System;
using System.Collections.Generic;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;
using HangfireLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace TrustHubGen.Durable;

/// <summary>
/// Hangfire's log provider is one for the whole process, and Hangfire.AspNetCore points it at the logging of the app
/// configured last: once that app is disposed, every other app's Hangfire code that creates a logger throws
/// <see cref="ObjectDisposedException"/> (a status callback answered 500, a job not enqueued). This provider writes to the
/// newest app whose logging is still alive, and to none when no app is left, so two apps in one process (tests, an ISV
/// hosting two tenants) survive each other.
/// </summary>
internal sealed class LiveAppsLogProvider : ILogProvider
{
    public static readonly LiveAppsLogProvider Instance = new();

    private readonly List<ILoggerFactory> _factories = new();   // newest last

    private LiveAppsLogProvider()
    {
    }

    /// <summary>Adds an app's logging (it becomes the one written to) and returns the provider.</summary>
    public static LiveAppsLogProvider With(ILoggerFactory factory)
    {
        lock (Instance._factories)
        {
            Instance._factories.Remove(factory);
            Instance._factories.Add(factory);
        }
        return Instance;
    }

    public ILog GetLogger(string name) => new Log(name);

    private static ILogger? Current(string name)
    {
        lock (Instance._factories)
        {
            for (var i = Instance._factories.Count - 1; i >= 0; i--)
            {
                try
                {
                    return Instance._factories[i].CreateLogger(name);
                }
                catch (ObjectDisposedException)
                {
                    Instance._factories.RemoveAt(i);
                }
            }
        }
        return null;
    }

    private sealed class Log(string name) : ILog
    {
        // Hangfire asks with no message whether a level is on.
        bool ILog.Log(HangfireLevel logLevel, Func<string>? messageFunc, Exception? exception)
        {
            var logger = Current(name);
            var level = Map(logLevel);
            try
            {
                if (logger is null || !logger.IsEnabled(level)) return false;
                if (messageFunc is null) return true;
                logger.Log(level, 0, messageFunc(), exception, static (message, _) => message);
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;   // the app went between finding its logger and writing
            }
        }
    }

    private static LogLevel Map(HangfireLevel level) => level switch
    {
        HangfireLevel.Trace => LogLevel.Trace,
        HangfireLevel.Debug => LogLevel.Debug,
        HangfireLevel.Info => LogLevel.Information,
        HangfireLevel.Warn => LogLevel.Warning,
        HangfireLevel.Error => LogLevel.Error,
        _ => LogLevel.Critical,
    };
}
