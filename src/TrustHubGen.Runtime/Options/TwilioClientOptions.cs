using System;
using System.Collections.Generic;

namespace TrustHubGen.Runtime;

/// <summary>How generated clients reach Twilio: credentials, base-address overrides and retries.</summary>
public sealed class TwilioClientOptions
{
    /// <summary>The credentials; required.</summary>
    public TwilioCredentials? Credentials { get; set; }

    /// <summary>
    /// Replaces a product host the spec names (key, e.g. <c>https://trusthub.twilio.com</c>) by another base address
    /// (an emulator, a proxy). Hosts not listed are called as the spec says.
    /// </summary>
    public IDictionary<string, Uri> BaseAddresses { get; } = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sends every product host to <paramref name="baseAddress"/> (for the emulator, which serves them all).</summary>
    public TwilioClientOptions UseBaseAddressForAllHosts(Uri baseAddress)
    {
        AllHostsBaseAddress = baseAddress ?? throw new ArgumentNullException(nameof(baseAddress));
        return this;
    }

    /// <summary>When set, every host not in <see cref="BaseAddresses"/> goes here.</summary>
    public Uri? AllHostsBaseAddress { get; set; }

    /// <summary>Retries for 429/20429 and 5xx answers.</summary>
    public TwilioRetryOptions Retry { get; set; } = new();

    /// <summary>Resolves the base address for a spec server URL.</summary>
    public Uri ResolveServer(string serverUrl)
    {
        if (BaseAddresses.TryGetValue(serverUrl.TrimEnd('/'), out var mapped)) return mapped;
        return AllHostsBaseAddress ?? new Uri(serverUrl);
    }
}

/// <summary>Retry policy for throttling (429, Twilio code 20429) and server errors (5xx).</summary>
public sealed class TwilioRetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetries { get; set; } = 5;

    /// <summary>The first backoff delay, doubled each retry (with jitter) unless the answer carries <c>Retry-After</c>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest single wait, including a <c>Retry-After</c> the server asks for.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
