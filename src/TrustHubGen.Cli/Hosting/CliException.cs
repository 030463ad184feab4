using System;

namespace TrustHubGen.Cli.Hosting;

/// <summary>A failure a command reports as a message and an exit code, never as a stack trace.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The exit code, from <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>Bad input (exit code 2).</summary>
    public static CliException BadInput(string message) => new(ExitCodes.BadInput, message);

    /// <summary>Authentication or configuration (exit code 3).</summary>
    public static CliException Configuration(string message) => new(ExitCodes.Configuration, message);
}
