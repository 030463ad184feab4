using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TrustHubGen.AspNetCore;

/// <summary>Maps the Trust Hub status-callback endpoint.</summary>
public static class TrustHubEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST {TrustHubStatusCallbackOptions.Path}</c> (default <c>/trusthub/status-callback</c>): verified callbacks
    /// go to the registered <see cref="ITrustHubStatusCallbackHandler"/>, the rest get 403. Call
    /// <see cref="TrustHubServiceCollectionExtensions.AddTrustHubStatusCallbacks"/> first.
    /// </summary>
    public static IEndpointConventionBuilder MapTrustHubStatusCallbacks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetService<IOptions<TrustHubStatusCallbackOptions>>()?.Value
            ?? throw new InvalidOperationException("MapTrustHubStatusCallbacks needs services.AddTrustHubStatusCallbacks(...) first.");
        return endpoints.MapPost(options.Path, TrustHubStatusCallbackEndpoint.HandleAsync)
            .DisableAntiforgery()
            .WithName("TrustHubStatusCallback")
            .ExcludeFromDescription();
    }
}
