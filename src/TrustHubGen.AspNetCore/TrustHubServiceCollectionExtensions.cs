using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TrustHubGen.AspNetCore;

/// <summary>Registers the Trust Hub status-callback options.</summary>
public static class TrustHubServiceCollectionExtensions
{
    /// <summary>
    /// Configures the status-callback endpoint (path, public URL behind a proxy, auth tokens). The app also registers an
    /// <see cref="ITrustHubStatusCallbackHandler"/>. Invalid options fail at start with a message naming the option.
    /// </summary>
    public static IServiceCollection AddTrustHubStatusCallbacks(this IServiceCollection services, Action<TrustHubStatusCallbackOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<TrustHubStatusCallbackOptions>();
        if (configure is not null) builder.Configure(configure);
        builder.ValidateOnStart();
        services.AddSingleton<IValidateOptions<TrustHubStatusCallbackOptions>, Validation>();
        return services;
    }

    private sealed class Validation : IValidateOptions<TrustHubStatusCallbackOptions>
    {
        public ValidateOptionsResult Validate(string? name, TrustHubStatusCallbackOptions options)
        {
            var problems = options.GetValidationProblems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
