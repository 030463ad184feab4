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
            Authorization = [new NoCrossSitePosts(), authorization ?? new LoopbackOnly()],
            DashboardTitle = "TrustHubGen onboarding jobs",
        });
    }

    /// <summary>
    /// The dashboard's buttons (delete, requeue) are form posts, and unless the app registers ASP.NET Core's antiforgery
    /// services (this package does not impose them on the app's own endpoints) Hangfire checks no token for them.
    /// An operator's browser is a trusted client (local, or signed in), so any page it shows could post to them. Posts a
    /// browser marks as coming from another site (<c>Sec-Fetch-Site</c>, else an <c>Origin</c> that is not this host) are
    /// refused; the dashboard's own posts are same-origin, and clients that are not browsers send neither header.
    /// </summary>
    private sealed class NoCrossSitePosts : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context)
        {
            var request = context.GetHttpContext().Request;
            if (!HttpMethods.IsPost(request.Method)) return true;
            var site = request.Headers["Sec-Fetch-Site"].ToString();
            if (site.Length > 0) return site is "same-origin" or "none";
            var origin = request.Headers.Origin.ToString();
            return origin.Length == 0 || (Uri.TryCreate(origin, UriKind.Absolute, out var from) && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// Hangfire's local-requests rule, but not for a request a proxy relayed (behind a reverse proxy on the same host
    /// every request comes from loopback, so the rule alone would open the dashboard to everyone the proxy serves), nor
    /// for one addressed to a name other than localhost or a loopback address.
    /// (With ASP.NET Core's forwarded-headers middleware the client's own address is checked instead.)
    /// </summary>
    private sealed class LoopbackOnly : IDashboardAuthorizationFilter
    {
        private static readonly LocalRequestsOnlyAuthorizationFilter Local = new();

        public bool Authorize(DashboardContext context) =>
            Local.Authorize(context) && !IsRelayed(context.GetHttpContext().Request.Headers) && IsLoopbackName(context.GetHttpContext().Request.Host);

        // A page of another site whose name an attacker re-points at 127.0.0.1 (DNS rebinding) makes the operator's browser
        // a local client that can read the answers: it sends that site's name, not localhost.
        private static bool IsLoopbackName(HostString host) =>
            host.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (System.Net.IPAddress.TryParse(host.Host, out var address) && System.Net.IPAddress.IsLoopback(address));

        private static bool IsRelayed(IHeaderDictionary headers) =>
            headers.ContainsKey(ForwardedHeadersDefaults.XForwardedForHeaderName) || headers.ContainsKey("Forwarded");
    }
}
