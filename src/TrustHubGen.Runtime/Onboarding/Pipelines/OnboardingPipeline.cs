using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Runtime.Onboarding;

/// <summary>
/// The last stage of a generated pipeline: everything the policies require is given, so only here can the onboarding
/// be planned (<see cref="PlanAsync(ITrustHubOperations, CancellationToken)"/>) or run
/// (<see cref="RunAsync(ITrustHubOperations, IProgress{OnboardingProgress}?, ILogger?, CancellationToken)"/>).
/// Both go through the onboarding engine (<see cref="OnboardingPlanner"/>, <see cref="OnboardingRunner"/>), so runs are
/// idempotent and resumable.
/// </summary>
public sealed class OnboardingPipeline
{
    internal OnboardingPipeline(OnboardingRequest request) => Request = request;

    /// <summary>The engine request this pipeline runs (one request for all its policies, so they share the profile assignments).</summary>
    public OnboardingRequest Request { get; }

    /// <summary>The same pipeline with other options (concurrency, waiting for the review, putting numbers on the profile…).</summary>
    public OnboardingPipeline WithOptions(OnboardingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new OnboardingPipeline(Request with { Options = options });
    }

    /// <summary>The same pipeline with options changed from the current ones, e.g. <c>o =&gt; o with { WaitForReview = true }</c>.</summary>
    public OnboardingPipeline WithOptions(Func<OnboardingOptions, OnboardingOptions> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return WithOptions(change(Request.Options));
    }

    /// <summary>Reads the account's state and returns the calls still needed (a dry run: no write).</summary>
    public Task<OnboardingPlan> PlanAsync(ITrustHubOperations operations, CancellationToken cancellationToken = default) =>
        new OnboardingPlanner(operations).PlanAsync(Request, cancellationToken);

    /// <summary>Plans against Twilio through <paramref name="transport"/> (see <see cref="TrustHubRestOperations"/>).</summary>
    public Task<OnboardingPlan> PlanAsync(ITwilioTransport transport, CancellationToken cancellationToken = default) =>
        PlanAsync(new TrustHubRestOperations(transport), cancellationToken);

    /// <summary>Runs the onboarding: the plan's calls, evaluation, submission and (with the option) the wait for the review.</summary>
    /// <param name="operations">The Trust Hub calls, normally <c>new TrustHubRestOperations(transport)</c>.</param>
    /// <param name="progress">Receives step, numbers done/total and retries.</param>
    /// <param name="logger">Logs SIDs, policies and causes; never credentials, e-mail addresses or attribute values.</param>
    /// <param name="cancellationToken">Stops the run; a later run finishes the job from the service's state.</param>
    public Task<OnboardingResult> RunAsync(ITrustHubOperations operations, IProgress<OnboardingProgress>? progress = null, ILogger? logger = null, CancellationToken cancellationToken = default) =>
        new OnboardingRunner(operations, logger).RunAsync(Request, progress, cancellationToken);

    /// <summary>Runs the onboarding with a cancellation token only (no progress, no logger).</summary>
    /// <param name="operations">The Trust Hub calls, normally <c>new TrustHubRestOperations(transport)</c>.</param>
    /// <param name="cancellationToken">Stops the run; a later run finishes the job from the service's state.</param>
    public Task<OnboardingResult> RunAsync(ITrustHubOperations operations, CancellationToken cancellationToken) =>
        RunAsync(operations, progress: null, logger: null, cancellationToken);

    /// <summary>Runs against Twilio through <paramref name="transport"/> with a cancellation token only: <c>RunAsync(transport, ct)</c>, as <c>PlanAsync</c> takes it.</summary>
    /// <param name="transport">The transport (credentials, retries, base addresses).</param>
    /// <param name="cancellationToken">Stops the run; a later run finishes the job from the service's state.</param>
    public Task<OnboardingResult> RunAsync(ITwilioTransport transport, CancellationToken cancellationToken) =>
        RunAsync(new TrustHubRestOperations(transport), progress: null, logger: null, cancellationToken);

    /// <summary>Runs against Twilio through <paramref name="transport"/> (see <see cref="TrustHubRestOperations"/>).</summary>
    /// <param name="transport">The transport (credentials, retries, base addresses).</param>
    /// <param name="progress">Receives step, numbers done/total and retries.</param>
    /// <param name="logger">Logs SIDs, policies and causes; never credentials, e-mail addresses or attribute values.</param>
    /// <param name="cancellationToken">Stops the run; a later run finishes the job from the service's state.</param>
    public Task<OnboardingResult> RunAsync(ITwilioTransport transport, IProgress<OnboardingProgress>? progress = null, ILogger? logger = null, CancellationToken cancellationToken = default) =>
        RunAsync(new TrustHubRestOperations(transport), progress, logger, cancellationToken);

    /// <inheritdoc />
    public override string ToString() =>
        $"onboarding of {Request.Numbers} on {Request.BusinessProfileSid} for {string.Join(" and ", System.Linq.Enumerable.Select(Request.Policies, p => p.Name))}";
}
