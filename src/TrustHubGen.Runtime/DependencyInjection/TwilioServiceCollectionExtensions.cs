using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TrustHubGen.Runtime;

/// <summary>Registers the Twilio transport with dependency injection.</summary>
public static class TwilioServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="TwilioClientOptions"/> (configured by <paramref name="configure"/> and validated on first
    /// use) and <see cref="ITwilioTransport"/> as a typed <see cref="System.Net.Http.HttpClient"/> from
    /// <c>IHttpClientFactory</c>, logging through the registered <see cref="ILoggerFactory"/> when there is one.
    /// </summary>
    /// <returns>The typed client's builder, to add handlers or change the client's lifetime settings.</returns>
    public static IHttpClientBuilder AddTwilioTransport(this IServiceCollection services, Action<TwilioClientOptions> configure)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        if (configure is null) throw new ArgumentNullException(nameof(configure));
        services.AddOptions<TwilioClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TwilioClientOptions>, TwilioClientOptionsValidator>());
        services.TryAddSingleton(static provider => provider.GetRequiredService<IOptions<TwilioClientOptions>>().Value);
        return services.AddHttpClient<ITwilioTransport, TwilioHttpTransport>(static (httpClient, provider) =>
            new TwilioHttpTransport(httpClient, provider.GetRequiredService<TwilioClientOptions>(),
                provider.GetService<ILoggerFactory>()?.CreateLogger<TwilioHttpTransport>()));
    }
}
