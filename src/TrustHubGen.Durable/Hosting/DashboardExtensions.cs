using System;
using System.Net;
using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace TrustHubGen.Durable;

/// <summary>Maps Hangfire's dashboard for the onboarding jobs.</summary>
public static class DashboardExtensions
{
    /// <summary>
    /// Maps Hangfire's dashboard at <paramref name="pattern"/> (default <c>/trusthub/jobs</c>): every customer's stage
    /// jobs, retries, failures and the reconciliation. Open to loopback requests only unless
    /// <paramref name="authorization"/> says otherwise: it shows customers' SIDs and lets its user delete and requeue jobs.
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

    private sealed class LoopbackOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) =>
            IPAddress.TryParse(context.Request.RemoteIpAddress, out var address) && IPAddress.IsLoopback(address);
    }
}
