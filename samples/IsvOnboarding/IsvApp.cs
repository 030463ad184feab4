using System.Net;
using System.Net.Sockets;
using TrustHubGen.AspNetCore;
using TrustHubGen.Durable;
using TrustHubGen.Runtime;

namespace IsvOnboarding;

/// <summary>The ISV's web app: status callbacks in, Hangfire jobs out, the dashboard. The same in the demo and as a worker.</summary>
public static class IsvApp
{
    public static WebApplication Build(IsvArguments arguments, ITwilioTransport transport, DemoCustomerDirectory directory, Uri listenUrl, Uri publicUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(listenUrl.GetLeftPart(UriPartial.Authority));
        builder.Logging.ClearProviders();
        // Scopes shown: a job's lines then say which customer and job they are about ("=> Customer AC…, job 42").
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; o.IncludeScopes = true; });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        builder.Services.AddSingleton(transport);
        builder.Services.AddSingleton<IIsvCustomerDirectory>(directory);
        builder.Services.AddTrustHubStatusCallbacks(o =>
        {
            o.PublicBaseUrl = publicUrl;
            o.AuthTokenSource = new SubaccountAuthTokens(transport);
        });
        builder.Services.AddTrustHubIsvOnboarding(o =>
        {
            if (arguments.Postgres is { } connection) o.UsePostgreSql(connection);
            o.PostgreSqlSchema = arguments.Schema;
            o.ReconcileEvery = arguments.ReconcileEvery ?? TimeSpan.FromMinutes(1);
            o.CallbackOverdueAfter = arguments.Overdue ?? TimeSpan.FromMinutes(2);
            o.SchedulePollingInterval = arguments.Poll ?? TimeSpan.FromSeconds(2);
            if (arguments.Invisibility is { } invisibility)
            {
                o.InvisibilityTimeout = invisibility;
                o.DistributedLockTimeout = invisibility;
            }
            if (arguments.Workers is { } workers) o.WorkerCount = workers;
            o.ServerName = arguments.ServerName;
        });

        var app = builder.Build();
        app.MapTrustHubStatusCallbacks();
        app.MapTrustHubDashboard();
        app.MapGet("/", () => Results.Redirect("/trusthub/jobs"));
        return app;
    }

    /// <summary>A free port on 127.0.0.1 (the callback URL must be known before the app starts).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
