using System;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.HttpOverrides;

namespace TrustHubGen.Durable;

/// <summary>Maps Hangfire's dashboard for the onboarding jobs.</summary>
public static class DashboardExtensions
{
    /// <summary>
    /// Maps Hangfire's dashboard at <paramref name="pattern"/> (default <c>/trusthub/jobs</c>): every customer's stage
    /// jobs, retries, failures and the reconciliation. Open to local requests only (not relayed by a proxy:
    /// no <c>X-Forwarded-For</c> or <c>Forwarded</c> header) unless <paramref name="authorization"/> says otherwise: it shows customers' SIDs and lets its user delete and requeue jobs.
    /// </summary>
    public static IEndpointConventionBuilder MapTrustHubDashboard(this IEndpointRouteBuilder endpoints, string pattern = "/trusthub/jobs", IDashboardAuthorizationFilter? authorization = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapHangfireDashboard(pattern, new DashboardOptions
        {
            Authorization = [authorization ?? new LoopbackOnly()],
            DashboardTitle = "TrustHubGen onboarding jobs",
        });
    }

    /// <summary>
    /// Hangfire's local-requests rule, but not for a request a proxy relayed: behind a reverse proxy on the same host
    /// every request comes from loopback, so the rule alone would open the dashboard to everyone the proxy serves.
    /// (With ASP.NET Core's forwarded-headers middleware the client's own address is checked instead.)
    /// </summary>
    private sealed class LoopbackOnly : IDashboardAuthorizationFilter
    {
        private static readonly LocalRequestsOnlyAuthorizationFilter Local = new();

        public bool Authorize(DashboardContext context) =>
            Local.Authorize(context) && !IsRelayed(context.GetHttpContext().Request.Headers);

        private static bool IsRelayed(IHeaderDictionary headers) =>
            headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName) || headers.ContainsKey("Forwarded");
    }
}
