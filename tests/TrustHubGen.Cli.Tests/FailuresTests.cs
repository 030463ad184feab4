using System.Net.Http;
using TrustHubGen.Cli.Hosting;
using TrustHubGen.Runtime;

namespace TrustHubGen.Cli.Tests;

/// <summary>
/// The runtime reports a call that got no answer as TwilioNoAnswerException: the exit code says whether the service
/// could not be reached (3: check the address) or was reached and did not finish answering (1: run again).
/// </summary>
public class FailuresTests
{
    private const string Request = "GET https://trusthub.twilio.com/v1/CustomerProfiles";

    [Fact]
    public void A_timed_out_call_is_incomplete_naming_the_request()
    {
        var timeout = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.",
            new TimeoutException("The operation was canceled."));

        var failure = Failures.Classify(new TwilioNoAnswerException(Request, 3, timeout), default);

        Assert.Equal(ExitCodes.Incomplete, failure!.ExitCode);
        Assert.Equal("A call to Twilio timed out: " + Request + " got no answer in time in 3 attempts: The request was canceled due to the configured " +
            "HttpClient.Timeout of 100 seconds elapsing. Everything written is on the service: run the same command again to finish.", failure.Message);
    }

    [Fact]
    public void An_answer_cut_off_is_incomplete_not_an_unreachable_service()
    {
        var cut = new HttpIOException(HttpRequestError.ResponseEnded, "The response ended prematurely.");

        var failure = Failures.Classify(new TwilioNoAnswerException(Request, 3, cut), default);

        Assert.Equal(ExitCodes.Incomplete, failure!.ExitCode);
        Assert.StartsWith(Request + " got no answer in 3 attempts: The response ended prematurely", failure.Message);
        Assert.EndsWith("run the same command again to finish.", failure.Message);
    }

    [Fact]
    public void A_connection_that_could_not_be_made_is_an_unreachable_service_with_its_causes()
    {
        var refused = new HttpRequestException(HttpRequestError.SecureConnectionError, "The SSL connection could not be established, see inner exception.",
            new IOException("Cannot determine the frame size or a corrupted frame was received."));

        var failure = Failures.Classify(new TwilioNoAnswerException(Request, 1, refused), default, target: "https://127.0.0.1:5080/, account AC…");

        Assert.Equal(ExitCodes.Configuration, failure!.ExitCode);
        Assert.Equal("Cannot reach the service (https://127.0.0.1:5080/, account AC…): " + Request + " got no answer: The SSL connection could not be " +
            "established: Cannot determine the frame size or a corrupted frame was received. Check --trusthub-url/--api-url and the network.", failure.Message);
    }

    [Fact]
    public void The_callers_cancellation_is_still_cancelled_and_a_timeout_not()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.Equal(ExitCodes.Cancelled, Failures.Classify(new OperationCanceledException(cancel.Token), cancel.Token)!.ExitCode);
        Assert.Equal(ExitCodes.Incomplete, Failures.Classify(new TwilioNoAnswerException(Request, 1, new TaskCanceledException("t", new TimeoutException())), cancel.Token)!.ExitCode);
    }

    [Fact]
    public void An_answer_the_sdk_cannot_read_is_incomplete_naming_the_request_and_the_value()
    {
        const string Message = "The answer to " + Request + " (HTTP 200) cannot be read as CustomerProfile at $.date_created: Expected an ISO 8601 or RFC 2822 date, but found \"yesterday\".";

        var failure = Failures.Classify(new TwilioUnreadableAnswerException(Message, Request, 200, "$.date_created"), default);

        Assert.Equal(ExitCodes.Incomplete, failure!.ExitCode);
        Assert.StartsWith(Message + " Everything written is on the service: run the same command again", failure.Message);
        Assert.EndsWith("report it with this message.", failure.Message);
    }
}
