using System;
using System.Net.Http;
using System.Threading;
using TrustHubGen.Runtime;

namespace TrustHubGen.Cli.Hosting;

/// <summary>How failures become a message and an exit code (<see cref="ExitCodes"/>), shared by the commands that call Twilio.</summary>
internal static class Failures
{
    /// <summary>Maps a failure to its message and exit code; null lets an unexpected exception through (a bug).</summary>
    public static CliException? Classify(Exception e, CancellationToken cancellationToken) => e switch
    {
        CliException cli => cli,
        OperationCanceledException when cancellationToken.IsCancellationRequested =>
            new CliException(ExitCodes.Cancelled, "Cancelled. Everything written is on the service: run the same command again to finish."),
        OperationCanceledException =>
            new CliException(ExitCodes.Incomplete, "A call to Twilio timed out; everything written is on the service: run the same command again to finish."),
        ArgumentException argument => CliException.BadInput(argument.Message),
        TwilioApiException { Status: 401 or 403 } auth =>
            CliException.Configuration($"Twilio refused the credentials (HTTP {auth.Status}{(auth.Code is { } c ? $", code {c}" : "")}: {auth.TwilioMessage}); check {EnvironmentCredentials.Variables}."),
        TwilioApiException { Status: 404 } missing =>
            CliException.BadInput($"Twilio answered 404 for {missing.Request}: {missing.TwilioMessage}. Check the SIDs given (such as --profile and --numbers)."),
        TwilioApiException api => new CliException(ExitCodes.Incomplete, $"Twilio answered HTTP {api.Status}{(api.Code is { } c ? $" (code {c})" : "")} for {api.Request}: {api.TwilioMessage}. Run again to resume."),
        TwilioInvalidResponseException invalid => CliException.Configuration(invalid.Message.Replace("base-address overrides, proxies", "--trusthub-url/--api-url, proxies", StringComparison.Ordinal)),
        HttpRequestException http => CliException.Configuration($"Cannot reach the service: {http.Message}. Check --trusthub-url/--api-url and the network."),
        _ => null,
    };
}
