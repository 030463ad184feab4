using Microsoft.Extensions.Logging;

namespace TrustHubGen.Emulator.Hosting;

/// <summary>
/// What the emulator logs about requests, each as what it is: a client's bad request or a client that went away is not the
/// emulator's failure (no stack trace); only an unexpected exception is an error.
/// </summary>
internal static partial class RequestLog
{
    [LoggerMessage(1, LogLevel.Warning, "Refused {Method} {Path} with {Status}: {Reason}")]
    public static partial void BadRequest(ILogger logger, string method, string path, int status, string reason);

    [LoggerMessage(2, LogLevel.Information, "The client went away during {Method} {Path} (connection closed or request aborted); nothing was answered.")]
    public static partial void ClientGone(ILogger logger, string method, string path);

    [LoggerMessage(3, LogLevel.Error, "Unexpected failure of {Method} {Path}; answered 500 with code 20500.")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string path);
}
