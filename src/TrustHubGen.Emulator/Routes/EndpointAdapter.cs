using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TrustHubGen.Emulator.Auth;
using TrustHubGen.Emulator.Hosting;
using TrustHubGen.Emulator.Wire;

namespace TrustHubGen.Emulator.Routes;

/// <summary>
/// One endpoint: reads the form, runs the route handler for the authenticated account, writes its reply. Every refusal
/// becomes Twilio's error body; a body the form reader cannot read is the client's 4xx (<see cref="UnreadableRequest"/>);
/// a client that went away is logged as such; only an unexpected exception is a 500.
/// </summary>
internal sealed class EndpointAdapter(RouteHandler handler, string[] parameters, EmulatorRuntime runtime)
{
    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var path = request.Path.Value ?? "/";
        Reply reply;
        try
        {
            var form = request.HasFormContentType ? await request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false) : null;
            reply = handler(new RequestContext
            {
                Http = http,
                State = runtime.State,
                Review = runtime.Review,
                Account = ((AccountIdentity)http.User.Identity!).Account,
                BaseUrl = TwilioErrors.BaseUrl(http),
                Args = Args(request.RouteValues),
                Form = form,
            });
        }
        catch (ApiException e)
        {
            reply = Reply.Error(e.Status, e.Code, e.Message, TwilioErrors.BaseUrl(http), e.RetryAfterSeconds);
        }
        catch (Exception e) when (UnreadableRequest.IsClientGone(http, e))
        {
            RequestLog.ClientGone(runtime.RequestLog, request.Method, path);
            return;
        }
        catch (Exception e) when (UnreadableRequest.Classify(e) is { } refusal)
        {
            RequestLog.BadRequest(runtime.RequestLog, request.Method, path, refusal.Status, refusal.Message);
            reply = Reply.Error(refusal.Status, refusal.Code, refusal.Message, TwilioErrors.BaseUrl(http));
        }
        catch (Exception e)
        {
            RequestLog.Unhandled(runtime.RequestLog, e, request.Method, path);
            reply = Reply.Error(500, ErrorCodes.InternalError, $"The emulator failed on {request.Method} {path}: {e.Message}", TwilioErrors.BaseUrl(http));
        }

        try
        {
            await TwilioErrors.WriteAsync(http, reply).ConfigureAwait(false);
        }
        catch (Exception e) when (UnreadableRequest.IsClientGone(http, e))
        {
            RequestLog.ClientGone(runtime.RequestLog, request.Method, path);
        }
    }

    private string[] Args(RouteValueDictionary values)
    {
        if (parameters.Length == 0)
        {
            return [];
        }

        var args = new string[parameters.Length];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = values[parameters[i]] as string ?? "";
        }

        return args;
    }
}
