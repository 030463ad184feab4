using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Twilio.Clients;
using Twilio.Exceptions;
using TrustHubGen.Runtime;
using TwilioHttp = Twilio.Http;

namespace TrustHubGen.Twilio;

/// <summary>
/// An <see cref="ITwilioTransport"/> that sends TrustHubGen's requests through the user's Twilio client
/// (<see cref="ITwilioRestClient.RequestAsync"/>): its credentials, region, edge and HTTP handlers apply, and Twilio's
/// <see cref="ApiException"/> becomes TrustHubGen's <see cref="TwilioApiException"/>, and its <see cref="ApiConnectionException"/>
/// (no answer) a <see cref="TwilioNoAnswerException"/> once the retries are over. Retries are TrustHubGen's
/// (<see cref="TwilioRestClientTransportOptions.Retry"/>); Twilio's client makes one attempt per call.
/// </summary>
public sealed class TwilioRestClientTransport : TwilioAttemptTransport
{
    private readonly TwilioRestClientTransportOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<ITwilioRestClient>> _subaccountClients = new(StringComparer.Ordinal);

    /// <summary>Sends through <paramref name="client"/> with the default retry policy.</summary>
    public TwilioRestClientTransport(ITwilioRestClient client)
        : this(client, new TwilioRestClientTransportOptions())
    {
    }

    /// <summary>Sends through <paramref name="client"/>; <paramref name="logger"/> gets one line per request (never a secret).</summary>
    /// <exception cref="ArgumentException">The retry options are invalid; the message lists every problem.</exception>
    public TwilioRestClientTransport(ITwilioRestClient client, TwilioRestClientTransportOptions options, ILogger? logger = null)
        : base((options ?? throw new ArgumentNullException(nameof(options))).Retry, options.TimeProvider, logger)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        if (string.IsNullOrEmpty(client.AccountSid))
            throw new ArgumentException("The Twilio client has no AccountSid; create it with the account's SID (new TwilioRestClient(accountSid, authToken) or an API key with accountSid:).", nameof(client));
        _options = options;
    }

    /// <summary>The user's Twilio client.</summary>
    public ITwilioRestClient Client { get; }

    /// <summary>The account the client acts for (<see cref="ITwilioRestClient.AccountSid"/>).</summary>
    public override string AccountSid => Client.AccountSid;

    /// <summary>
    /// Where <paramref name="request"/> goes: Twilio's host for the product (<c>https://trusthub.twilio.com</c>), with the
    /// client's region and edge applied exactly as Twilio's client applies them (<c>trusthub.sydney.au1.twilio.com</c>).
    /// </summary>
    public override Uri BuildUri(TwilioRequest request)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var twilioRequest = TwilioRequestMapping.ToTwilio(request);
        twilioRequest.Region = Client.Region ?? twilioRequest.Region;
        if (Client is TwilioRestClient { Edge: { } edge }) twilioRequest.Edge = edge;
        return twilioRequest.ConstructUrl();
    }

    /// <summary>Names the transport and the client's account, region and edge; never a secret.</summary>
    public override string ToString() =>
        $"TwilioRestClientTransport {{ AccountSid = {Client.AccountSid}, Region = {Client.Region ?? "(default)"}, Edge = {(Client as TwilioRestClient)?.Edge ?? "(default)"} }}";

    /// <inheritdoc />
    protected override async ValueTask<TwilioAttempt> SendAttemptAsync(TwilioRequest request, Uri uri, CancellationToken cancellationToken)
    {
        var client = ClientFor(request);
        var twilioRequest = TwilioRequestMapping.ToTwilio(request);
        try
        {
            // Twilio's RequestAsync takes no token: stop waiting on cancellation; the call itself ends in Twilio's client.
            var response = await client.RequestAsync(twilioRequest).WaitAsync(cancellationToken).ConfigureAwait(false);
            // Twilio's Response keeps the body as text and no content headers.
            return TwilioAttempt.Answered((int)response.StatusCode, Encoding.UTF8.GetBytes(response.Content ?? ""));
        }
        catch (ApiException e)
        {
            var answer = AnswerTo(client, twilioRequest);
            var status = e.Status != 0 ? e.Status : answer is not null ? (int)answer.StatusCode : StatusFromMessage(e.Message);
            return TwilioAttempt.Refused(status, e.Code == 0 ? null : e.Code, MessageOf(e), e.MoreInfo, Flatten(e.Details),
                RetryAfterHeader.ToDelay(answer?.Headers?.RetryAfter, _options.TimeProvider.GetUtcNow()), e);
        }
        catch (ApiStandardException e)
        {
            var answer = AnswerTo(client, twilioRequest);
            var status = e.Status != 0 ? e.Status : answer is not null ? (int)answer.StatusCode : StatusFromMessage(e.Message);
            return TwilioAttempt.Refused(status, e.Code == 0 ? null : e.Code, e.Detail ?? e.Title ?? e.Message, e.Type, null,
                RetryAfterHeader.ToDelay(answer?.Headers?.RetryAfter, _options.TimeProvider.GetUtcNow()), e);
        }
        catch (ApiConnectionException e) when (e.InnerException is OperationCanceledException canceled)
        {
            // HttpClient's own timeout: no answer; the runtime retries it for methods safe to repeat only (a POST may have taken effect).
            ExceptionDispatchInfo.Capture(canceled).Throw();
            throw;
        }
        catch (ApiConnectionException e)
        {
            // The runtime's retry rules read HttpRequestError (could not connect: retry any method; cut off: only safe ones);
            // after the retries, the runtime wraps this in a TwilioNoAnswerException.
            var inner = e.InnerException as HttpRequestException;
            throw new HttpRequestException(inner?.HttpRequestError ?? HttpRequestError.Unknown,
                $"{request.Method.Method} {Describe(uri)} got no answer through the Twilio client: {inner?.Message ?? e.InnerException?.Message ?? e.Message}", e);
        }
    }

    private ITwilioRestClient ClientFor(TwilioRequest request)
    {
        if (request.SubaccountSid is not { } subaccount || subaccount == Client.AccountSid) return Client;
        if (_options.SubaccountClient is not { } factory)
            throw new InvalidOperationException(
                $"{request} acts for subaccount {subaccount}, and a Twilio client authenticates as one account only: set " +
                "TwilioRestClientTransportOptions.SubaccountClient, e.g. sid => new TwilioRestClient(sid, parentAuthToken).");
        // One client per subaccount for the transport's lifetime: a client per request would be an HttpClient (and its
        // connections) per request with factories like the documented one.
        var client = _subaccountClients.GetOrAdd(subaccount, static (sid, factory) => new Lazy<ITwilioRestClient>(() => CheckedSubaccountClient(factory, sid)), factory);
        try
        {
            return client.Value;
        }
        catch
        {
            // A Lazy keeps its exception: forgotten, so a factory that failed once (a secret store briefly down) is asked again.
            _subaccountClients.TryRemove(new KeyValuePair<string, Lazy<ITwilioRestClient>>(subaccount, client));
            throw;
        }
    }

    private static ITwilioRestClient CheckedSubaccountClient(Func<string, ITwilioRestClient> factory, string subaccount)
    {
        var client = factory(subaccount) ?? throw new InvalidOperationException($"TwilioRestClientTransportOptions.SubaccountClient returned null for {subaccount}.");
        if (client.AccountSid != subaccount)
            throw new InvalidOperationException($"TwilioRestClientTransportOptions.SubaccountClient returned a client for {client.AccountSid}, not for the subaccount {subaccount}.");
        // Trust Hub acts for the account the credentials name, not for TwilioRestClient's accountSid: (which only fills
        // API 2010 paths): a client that logs in as another account (the parent) would onboard that account.
        if (TwilioClientIdentity.UsernameOf(client) is { } user && user.StartsWith("AC", StringComparison.Ordinal) && user != subaccount)
            throw new InvalidOperationException(
                $"TwilioRestClientTransportOptions.SubaccountClient returned a client that authenticates as {user}, so Trust Hub would act for " +
                $"{user}, not for the subaccount {subaccount} (accountSid: only fills API 2010 paths): authenticate as the subaccount, " +
                "e.g. sid => new TwilioRestClient(sid, parentAuthToken).");
        return client;
    }

    // Twilio's client keeps the last answer on its HttpClient (SystemNetHttpClient does). It is ours only when the
    // client still holds our request object: under concurrency another request may have replaced it.
    private static TwilioHttp.Response? AnswerTo(ITwilioRestClient client, TwilioHttp.Request request)
    {
        var http = client.HttpClient;
        var answer = http?.LastResponse;
        return http is not null && ReferenceEquals(http.LastRequest, request) ? answer : null;
    }

    // "Api Error: BadGateway - <html>…": Twilio's message when the body is not its error JSON (Status is then 0).
    private static int StatusFromMessage(string message)
    {
        const string Prefix = "Api Error: ";
        if (message.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var name = message.Substring(Prefix.Length).Split(' ')[0];
            if (Enum.TryParse<HttpStatusCode>(name, ignoreCase: false, out var code) && (int)code >= 400) return (int)code;
        }
        return 502;
    }

    private static string MessageOf(ApiException e) => string.IsNullOrEmpty(e.Message) ? "(no message)" : e.Message;

    private static Dictionary<string, string>? Flatten(Dictionary<string, object>? details) =>
        details?.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "", StringComparer.Ordinal);

    private static string Describe(Uri uri) => uri.Scheme + "://" + uri.Authority + uri.AbsolutePath;
}
