using System;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading;
using TrustHubGen.Runtime;

namespace TrustHubGen.Cli.Hosting;

/// <summary>How failures become a message and an exit code (<see cref="ExitCodes"/>), shared by the commands that call Twilio.</summary>
internal static partial class Failures
{
    /// <summary>
    /// Maps a failure to its message and exit code; null lets an unexpected exception through (a bug). The Business
    /// Profile and account, when known, let a 404 for the profile name <c>--profile</c>; the target, when known, is the
    /// address a connection failure names (.NET's message names none for a TLS failure).
    /// </summary>
    public static CliException? Classify(Exception e, CancellationToken cancellationToken, string? profileSid = null, string? accountSid = null, string? target = null) => e switch
    {
        CliException cli => cli,
        OperationCanceledException when cancellationToken.IsCancellationRequested =>
            new CliException(ExitCodes.Cancelled, "Cancelled. Everything written is on the service: run the same command again to finish."),
        OperationCanceledException =>
            new CliException(ExitCodes.Incomplete, "A call to Twilio timed out; everything written is on the service: run the same command again to finish."),
        // The service was reached, or may have been: its answer did not come in time or was cut off. Nothing to configure.
        TwilioNoAnswerException { TimedOut: true } timeout =>
            new CliException(ExitCodes.Incomplete, $"A call to Twilio timed out: {timeout.Message} Everything written is on the service: run the same command again to finish."),
        TwilioNoAnswerException { HttpRequestError: HttpRequestError.ResponseEnded } cut =>
            new CliException(ExitCodes.Incomplete, $"{cut.Message} Everything written is on the service: run the same command again to finish."),
        TwilioNoAnswerException noAnswer =>
            CliException.Configuration($"Cannot reach the service{(target is null ? "" : $" ({target})")}: {noAnswer.Message.TrimEnd('.')}. Check --trusthub-url/--api-url and the network."),
        ArgumentException argument => CliException.BadInput(argument.Message),
        TwilioApiException { Status: 401 or 403 } auth =>
            CliException.Configuration($"Twilio refused the credentials (HTTP {auth.Status}{(auth.Code is { } c ? $", code {c}" : "")}: {auth.TwilioMessage}); check {EnvironmentCredentials.Variables}."),
        TwilioApiException { Status: 404 } missing when profileSid is not null && missing.Request.Contains(profileSid, StringComparison.Ordinal) =>
            CliException.BadInput($"--profile {profileSid}: account {accountSid} has no Business Profile with this SID (Twilio answered 404 for {missing.Request}: {missing.TwilioMessage})."),
        // No SID but the account's in the path: a list every account has. Not found means the address is not Twilio's API.
        TwilioApiException { Status: 404 } missing when !ResourceSid().IsMatch(missing.Request) =>
            CliException.Configuration($"Twilio answered 404 for {missing.Request}: {missing.TwilioMessage}. That address has no Trust Hub or API 2010 service: check --trusthub-url/--api-url (the service's root, such as http://127.0.0.1:5080, without /v1)."),
        TwilioApiException { Status: 404 } missing =>
            CliException.BadInput($"Twilio answered 404 for {missing.Request}: {missing.TwilioMessage}. Check the SIDs given (such as --profile and --numbers)."),
        TwilioApiException api => new CliException(ExitCodes.Incomplete, $"Twilio answered HTTP {api.Status}{(api.Code is { } c ? $" (code {c})" : "")} for {api.Request}: {api.TwilioMessage}. Run again to resume."),
        // Twilio's answer, probably, and the work done: not what this build's SDK reads (a service changed beyond the spec).
        TwilioUnreadableAnswerException unreadable => new CliException(ExitCodes.Incomplete,
            $"{unreadable.Message} Everything written is on the service: run the same command again to finish; if this repeats, the service answers beyond the spec this tool was built from: report it with this message."),
        TwilioInvalidResponseException invalid => CliException.Configuration(invalid.Message.Replace("base-address overrides, proxies", "--trusthub-url/--api-url, proxies", StringComparison.Ordinal)),
        _ => null,
    };

    /// <summary>A SID of a resource (not the account's own <c>AC…</c>, which every path of API 2010 holds).</summary>
    [GeneratedRegex(@"\b(?!AC)[A-Z]{2}[0-9a-f]{32}\b")]
    private static partial Regex ResourceSid();
}
