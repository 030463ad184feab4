using System;
using System.Collections.Generic;
using System.Linq;

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

    /// <summary>
    /// The largest answer body read (default 64 MiB; Twilio's largest pages are a few MB). A longer one fails with
    /// <see cref="TwilioInvalidResponseException"/> instead of filling memory.
    /// </summary>
    public long MaxResponseBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>Retries for 429/20429 and 5xx answers.</summary>
    public TwilioRetryOptions Retry { get; set; } = new();

    /// <summary>
    /// How many requests to one account are in flight at once: adaptive to the account's cap by default, never above
    /// <see cref="TwilioConcurrencyOptions.MaxConcurrentRequests"/>. Transports made from these options share it.
    /// </summary>
    public TwilioConcurrencyOptions Concurrency { get; set; } = new();

    /// <summary>The clock for backoff waits, <c>Retry-After</c> dates and elapsed times; tests substitute a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Resolves the base address for a spec server URL.</summary>
    public Uri ResolveServer(string serverUrl)
    {
        if (serverUrl is null) throw new ArgumentNullException(nameof(serverUrl));
        var key = serverUrl.TrimEnd('/');
        if (BaseAddresses.TryGetValue(key, out var mapped)) return mapped;
        foreach (var pair in BaseAddresses)
        {
            // Keys written with a trailing slash ("https://trusthub.twilio.com/") name the same host.
            if (string.Equals(pair.Key.TrimEnd('/'), key, StringComparison.OrdinalIgnoreCase)) return pair.Value;
        }
        return AllHostsBaseAddress ?? new Uri(serverUrl);
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> listing every problem when the options cannot work.</summary>
    public void Validate()
    {
        var problems = GetValidationProblems();
        if (problems.Count > 0)
            throw new InvalidOperationException("TwilioClientOptions are invalid: " + string.Join(" ", problems));
    }

    /// <summary>Every problem that would make calls fail, each a sentence naming the setting and what to do; empty when valid.</summary>
    public IReadOnlyList<string> GetValidationProblems()
    {
        var problems = new List<string>();
        if (Credentials is null)
            problems.Add("Credentials is not set: use TwilioCredentials.FromAuthToken(accountSid, authToken), FromApiKey(accountSid, apiKeySid, apiKeySecret) or FromEnvironment()" +
                (TwilioCredentials.DescribeMissingEnvironment() is { } missing ? $", which found none because {missing}." : "."));
        foreach (var pair in BaseAddresses)
        {
            if (!Uri.TryCreate(pair.Key, UriKind.Absolute, out var host) || !IsHttp(host))
                problems.Add($"BaseAddresses key \"{pair.Key}\" is not an absolute http(s) URL; use the spec's server URL, such as \"https://trusthub.twilio.com\".");
            CheckBaseAddress(problems, $"BaseAddresses[\"{pair.Key}\"]", pair.Value);
        }
        if (AllHostsBaseAddress is not null) CheckBaseAddress(problems, nameof(AllHostsBaseAddress), AllHostsBaseAddress);
        if (MaxResponseBytes is < 1024 or > int.MaxValue) problems.Add($"MaxResponseBytes is {MaxResponseBytes}; use 1024 to {int.MaxValue} bytes.");
        if (TimeProvider is null) problems.Add("TimeProvider is null; leave it at TimeProvider.System unless testing.");
        if (Retry is null) problems.Add("Retry is null; set it to new TwilioRetryOptions { MaxRetries = 0 } to disable retrying.");
        else problems.AddRange(Retry.GetValidationProblems());
        if (Concurrency is null) problems.Add("Concurrency is null; set it to new TwilioConcurrencyOptions { Adaptive = false } to send every request at once.");
        else problems.AddRange(Concurrency.GetValidationProblems());
        return problems;
    }

    /// <summary>Describes the options without the secret.</summary>
    public override string ToString()
    {
        var hosts = BaseAddresses.Select(pair => $"{pair.Key} -> {DescribeAddress(pair.Value)}");
        return $"TwilioClientOptions {{ Credentials = {Credentials?.ToString() ?? "null"}, BaseAddresses = [{string.Join(", ", hosts)}], " +
            $"AllHostsBaseAddress = {(AllHostsBaseAddress is null ? "null" : DescribeAddress(AllHostsBaseAddress))}, Retry = {Retry}, Concurrency = {Concurrency} }}";
    }

    private static void CheckBaseAddress(List<string> problems, string setting, Uri? address)
    {
        if (DescribeBaseAddressProblem(setting, address) is { } problem) problems.Add(problem);
    }

    /// <summary>
    /// Why <paramref name="address"/> cannot be a base address (as in <see cref="BaseAddresses"/>), as one sentence naming
    /// it as <paramref name="setting"/>, the option or property the user set; null when it can. A user name or password in
    /// the address is never repeated.
    /// </summary>
    /// <param name="setting">What the user set, e.g. <c>--api-url</c> or <c>AllHostsBaseAddress</c>.</param>
    /// <param name="address">The address given.</param>
    /// <param name="credentialsSource">Where credentials come from instead, named when the address carries some.</param>
    public static string? DescribeBaseAddressProblem(string setting, Uri? address, string credentialsSource = "TwilioClientOptions.Credentials")
    {
        if (address is null)
            return $"{setting} is null; give an absolute http(s) URL such as http://127.0.0.1:5000/.";
        if (!address.IsAbsoluteUri)
            return $"{setting} is the relative address \"{address.OriginalString}\"; give an absolute http(s) URL such as http://127.0.0.1:5000/.";
        if (!IsHttp(address))
            return $"{setting} has the scheme \"{address.Scheme}\"; give an absolute http(s) URL such as http://127.0.0.1:5000/.";
        if (address.UserInfo.Length > 0)
            return $"{setting} {DescribeAddress(address)} carries a user name or password (not repeated here); credentials come only from {credentialsSource}, never from a URL.";
        // Requests are built as base address + operation path, so a query or fragment would be lost or misplaced.
        if (address.Query.Length > 0 || address.Fragment.Length > 0)
            return $"{setting} \"{address.OriginalString}\" has a query or fragment; give only scheme, host, port and an optional path prefix, such as http://127.0.0.1:5000/.";
        return null;
    }

    private static bool IsHttp(Uri uri) => uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps;

    // Never print user info, even if misconfigured: it could hold a proxy password.
    internal static string DescribeAddress(Uri address) =>
        address.IsAbsoluteUri ? address.Scheme + "://" + address.Authority + address.AbsolutePath : "(relative) " + address.OriginalString.Split('@').Last();
}
