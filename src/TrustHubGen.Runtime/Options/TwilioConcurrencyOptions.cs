using System;
using System.Collections.Generic;
using System.Threading;

namespace TrustHubGen.Runtime;

/// <summary>
/// How many requests to one account a transport keeps in flight. Twilio caps each account's concurrent REST requests
/// (100 by default) and refuses those beyond with 429/20429. With <see cref="Adaptive"/> on (the default), requests wait
/// their turn at a gate per account whose limit follows what the answers say (the <c>Twilio-Concurrent-Requests</c>
/// header and the 429s): it climbs fast to just under the account's cap, never above <see cref="MaxConcurrentRequests"/>,
/// and shares the account fairly with other runs and processes. Transports created from the same
/// <see cref="TwilioClientOptions"/> share one gate per account (so do the subaccount transports made from them).
/// </summary>
public sealed class TwilioConcurrencyOptions
{
    /// <summary>The largest <see cref="MaxConcurrentRequests"/> accepted.</summary>
    public const int MaxAllowed = 10_000;

    private AccountGates? _gates;

    /// <summary>Adapt the number of requests in flight to the account's cap. On by default; off sends every request at once, as callers issue them.</summary>
    public bool Adaptive { get; set; } = true;

    /// <summary>The most requests to one account in flight at once, whatever the account allows (1 to <see cref="MaxAllowed"/>; default 256).</summary>
    public int MaxConcurrentRequests { get; set; } = 256;

    /// <summary>
    /// Requests in flight before any answer has said anything (default 16); the limit then doubles every round trip until
    /// the account's cap (or <see cref="MaxConcurrentRequests"/>) is found.
    /// </summary>
    public int InitialConcurrentRequests { get; set; } = 16;

    /// <summary>Every problem with these settings, each a sentence naming the setting; empty when valid.</summary>
    public IReadOnlyList<string> GetValidationProblems()
    {
        var problems = new List<string>();
        if (MaxConcurrentRequests is < 1 or > MaxAllowed)
            problems.Add($"Concurrency.MaxConcurrentRequests is {MaxConcurrentRequests}; use 1 to {MaxAllowed}.");
        if (InitialConcurrentRequests < 1)
            problems.Add($"Concurrency.InitialConcurrentRequests is {InitialConcurrentRequests}; use 1 to Concurrency.MaxConcurrentRequests.");
        return problems;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"TwilioConcurrencyOptions {{ Adaptive = {Adaptive}, MaxConcurrentRequests = {MaxConcurrentRequests}, InitialConcurrentRequests = {InitialConcurrentRequests} }}";

    /// <summary>The gates of the accounts these options reached; made on first use, with the settings of that moment.</summary>
    internal AccountGates Gates
    {
        get
        {
            var gates = Volatile.Read(ref _gates);
            if (gates is not null) return gates;
            Interlocked.CompareExchange(ref _gates, new AccountGates(MaxConcurrentRequests, InitialConcurrentRequests), null);
            return _gates!;
        }
    }
}
