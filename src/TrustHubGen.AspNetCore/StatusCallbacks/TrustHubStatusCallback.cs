using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TrustHubGen.Runtime;

namespace TrustHubGen.AspNetCore;

/// <summary>
/// One verified Trust Hub status callback: a bundle (Customer Profile or Trust Product) took a new status.
/// Only signed callbacks become one (<see cref="TrustHubStatusCallbackEndpoint"/>).
/// </summary>
public sealed record TrustHubStatusCallback
{
    /// <summary>The account that owns the bundle (an ISV customer's subaccount for its bundles).</summary>
    public required string AccountSid { get; init; }

    /// <summary>The Customer Profile or Trust Product (<c>BU…</c>).</summary>
    public required string BundleSid { get; init; }

    /// <summary>The bundle's policy (<c>RN…</c>): tells a Business Profile from a trust product.</summary>
    public required string PolicySid { get; init; }

    /// <summary>The new status: <c>pending-review</c>, <c>in-review</c>, <c>twilio-approved</c> or <c>twilio-rejected</c>.</summary>
    public required string Status { get; init; }

    /// <summary>The rejection codes (e.g. 22214); empty unless rejected.</summary>
    public IReadOnlyList<int> ErrorCodes { get; init; } = Array.Empty<int>();

    /// <summary>When the bundle took this status, when the callback says; orders callbacks that arrive late or twice.</summary>
    public DateTimeOffset? DateUpdated { get; init; }

    /// <summary>Twilio's <c>I-Twilio-Idempotency-Token</c> header: the same on every retry of one delivery.</summary>
    public string? IdempotencyToken { get; init; }

    /// <summary>
    /// True when the endpoint asked <see cref="TrustHubStatusCallbackOptions.IsExpectedAccount"/> about <see cref="AccountSid"/>
    /// (and it answered yes) before checking the signature; false when the account's token is in
    /// <see cref="TrustHubStatusCallbackOptions.AuthTokens"/> or no <c>IsExpectedAccount</c> is set. A handler whose
    /// <c>IsExpectedAccount</c> already looked the account up in its records need not look it up again.
    /// </summary>
    public bool AccountExpectedByIsExpectedAccount { get; init; }

    /// <summary>True for the review's verdicts, <c>twilio-approved</c> and <c>twilio-rejected</c>.</summary>
    public bool IsVerdict => Status is "twilio-approved" or "twilio-rejected";

    /// <summary>Reads the callback's form fields; returns null and the problems (each naming the field) when they do not make one.</summary>
    internal static TrustHubStatusCallback? Read(IReadOnlyDictionary<string, string> form, string? idempotencyToken, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        string Field(string name, string? prefix)
        {
            form.TryGetValue(name, out var value);
            value = value?.Trim() ?? "";
            if (value.Length == 0) found.Add($"{name} is missing.");
            else if (prefix is not null && SidFormat.Check(value, prefix, name) is { } problem) found.Add(problem);
            return value;
        }

        var account = Field("AccountSid", "AC");
        var bundle = Field("BundleSid", "BU");
        var policy = Field("PolicySid", "RN");
        var status = Field("Status", null);
        var codes = new List<int>();
        if (form.TryGetValue("Errors", out var errors))
        {
            foreach (var part in errors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var code)) codes.Add(code);
                else found.Add($"Errors \"{errors}\" is not a comma-separated list of codes.");
            }
        }
        DateTimeOffset? updated = null;
        if (form.TryGetValue("DateUpdated", out var date) && date.Length > 0)
        {
            if (DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) updated = parsed;
            else found.Add($"DateUpdated \"{date}\" is not a date.");
        }

        problems = found;
        return found.Count > 0 ? null : new TrustHubStatusCallback
        {
            AccountSid = account,
            BundleSid = bundle,
            PolicySid = policy,
            Status = status,
            ErrorCodes = codes.Distinct().ToArray(),
            DateUpdated = updated,
            IdempotencyToken = idempotencyToken,
        };
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{BundleSid} of {AccountSid} is {Status}{(ErrorCodes.Count > 0 ? $" ({string.Join(", ", ErrorCodes)})" : "")}";
}
