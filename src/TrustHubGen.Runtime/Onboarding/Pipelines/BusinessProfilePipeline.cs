using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using TrustHubGen.Runtime.Onboarding.Profiles;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The last stage of a generated Business Profile pipeline: only here can the profile be planned or run, through
/// <see cref="BusinessProfileOnboarder"/> (idempotent and resumable from the service's state).
/// </summary>
public sealed class BusinessProfilePipeline
{
    internal BusinessProfilePipeline(BusinessProfileRequest request) => Request = request;

    /// <summary>The request this pipeline runs.</summary>
    public BusinessProfileRequest Request { get; }

    /// <summary>The same pipeline with other options (waiting for the review, friendly-name prefix…).</summary>
    public BusinessProfilePipeline WithOptions(OnboardingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new BusinessProfilePipeline(Request with { Options = options });
    }

    /// <summary>The same pipeline with options changed from the current ones.</summary>
    public BusinessProfilePipeline WithOptions(Func<OnboardingOptions, OnboardingOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return WithOptions(change(Request.Options));
    }

    /// <summary>Reads the account's state and returns the calls still needed (no write).</summary>
    /// <param name="operations">The Trust Hub calls; for an ISV's customer, <c>ops.ForSubaccount(customerAccountSid)</c>.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    public Task<OnboardingPlan> PlanAsync(ITrustHubOperations operations, CancellationToken cancellationToken = default) =>
        new BusinessProfileOnboarder(operations).PlanAsync(Request, cancellationToken);

    /// <summary>Creates (or finds), fills, evaluates and submits the profile, and with the option waits for the review.</summary>
    /// <param name="operations">The Trust Hub calls; for an ISV's customer, <c>ops.ForSubaccount(customerAccountSid)</c>.</param>
    /// <param name="progress">Receives the steps.</param>
    /// <param name="logger">Logs SIDs and causes; never credentials, e-mail addresses or attribute values.</param>
    /// <param name="cancellationToken">Stops the run; a later run finishes it from the service's state.</param>
    public Task<BusinessProfileResult> RunAsync(ITrustHubOperations operations, IProgress<OnboardingProgress>? progress = null, ILogger? logger = null, CancellationToken cancellationToken = default) =>
        new BusinessProfileOnboarder(operations, logger).RunAsync(Request, progress, cancellationToken);

    /// <summary>Runs with a cancellation token only (no progress, no logger), as <c>PlanAsync</c> takes it.</summary>
    /// <param name="operations">The Trust Hub calls; for an ISV's customer, <c>ops.ForSubaccount(customerAccountSid)</c>.</param>
    /// <param name="cancellationToken">Stops the run; a later run finishes it from the service's state.</param>
    public Task<BusinessProfileResult> RunAsync(ITrustHubOperations operations, CancellationToken cancellationToken) =>
        RunAsync(operations, progress: null, logger: null, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"Business Profile \"{Request.FriendlyName}\" for policy {Request.Policy.Name}";
}
