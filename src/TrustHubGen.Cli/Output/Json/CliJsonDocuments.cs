using System.Collections.Generic;

namespace TrustHubGen.Cli.Output.Json;

// The documents --json writes, as records serialised by System.Text.Json source generation (CliJsonContext): no
// reflection, AOT-clean. Property order is the order users see; names are snake_case by the context's policy;
// null members are written as null. tests/TrustHubGen.Cli.Tests/Baselines holds the exact bytes.

/// <summary><c>trusthub onboard --json</c> (docs/cli.md).</summary>
internal sealed record OnboardDocument(string Command, int ExitCode, string? Target, string? AccountSid, string? ProfileSid,
    IReadOnlyList<PolicyItem> Policies, PlanDocument? Plan, ResultDocument? Result, IReadOnlyList<string> Warnings, string? Error);

/// <summary>A usage error before the command knew anything: <c>{command, exit_code, error}</c>.</summary>
internal sealed record ErrorDocument(string Command, int ExitCode, string Error);

/// <summary><c>trusthub sync --json</c>.</summary>
internal sealed record SyncDocument(string Command, int ExitCode, string? Output, string? AccountSid, int? ProfileCount, int? NumberCount,
    int? TrustProductCount, string? Error);

internal sealed record PolicyItem(string Name, string Sid);

internal sealed record PlanDocument(int CallCount, IReadOnlyList<StepItem> Steps, IReadOnlyList<PlannedProductItem> Products,
    IReadOnlyList<RefusedItem> Refused, IReadOnlyList<string> Warnings);

internal sealed record StepItem(string Kind, string? Policy, string Target, string Reason);

internal sealed record PlannedProductItem(string Policy, string FriendlyName, string? ProductSid, string? Status, int NumbersAlreadyAssigned);

internal sealed record RefusedItem(string Number, string? PhoneNumber, string? Policy, string Reason);

internal sealed record ResultDocument(bool Succeeded, IReadOnlyList<ProductItem> Products, IReadOnlyList<RefusedItem> Refused,
    IReadOnlyList<FailureItem> Failures, SortedDictionary<string, int> ApiCalls, int TotalCalls, int WriteCalls, int Retries,
    IReadOnlyList<string> Warnings);

internal sealed record ProductItem(string Policy, string? ProductSid, string? Status, int NumbersAssigned, string? NotSubmittedBecause,
    bool ReviewTimedOut, IReadOnlyList<FindingItem> Findings, IReadOnlyList<RejectionItem> Rejection);

internal sealed record FindingItem(string Requirement, string? Field, int? Code, string? Reason, string Text);

internal sealed record RejectionItem(int Code, string? Meaning);

internal sealed record FailureItem(string NumberSid, string PhoneNumber, string? Policy, string Cause);
