using System;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrustHubGen.AspNetCore;
using TrustHubGen.Runtime;
using TrustHubGen.Runtime.Onboarding;

namespace TrustHubGen.Durable;

/// <summary>
/// The Hangfire jobs of the ISV onboarding, one per customer and stage. Every stage does the same idempotent thing
/// under the customer's lock (<see cref="ICustomerLock"/>): read the service, make the calls still missing without
/// waiting for a review, record where the customer stands and report a change. Names tell the dashboard why each ran.
/// Public because Hangfire invokes them; start customers with <see cref="IsvOnboarding"/>.
/// </summary>
[CurrentJob]
[AutomaticRetry(Attempts = 10, DelaysInSeconds = [5, 15, 30, 60, 120, 300, 600, 1200, 1800, 3600], ExceptOn = [typeof(IsvCustomerInputException), typeof(IsvCustomerAccessRefusedException)])]
public sealed class IsvOnboardingJobs
{
    private readonly IIsvCustomerDirectory _directory;
    private readonly ITwilioTransport _transport;
    private readonly IsvOnboardingStore _store;
    private readonly ICustomerLock _lock;
    private readonly IIsvOnboardingReporter _reporter;
    private readonly CustomerJobs _jobs;
    private readonly TrustHubIsvOnboardingOptions _options;
    private readonly Uri? _callbackUrl;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    /// <summary>Created by Hangfire's activator from DI.</summary>
    public IsvOnboardingJobs(IIsvCustomerDirectory directory, ITwilioTransport transport, IsvOnboardingStore store, ICustomerLock customerLock,
        IIsvOnboardingReporter reporter, IBackgroundJobClient jobs, TrustHubIsvOnboardingOptions options, IOptions<TrustHubStatusCallbackOptions> callbacks,
        ILogger<IsvOnboardingJobs> logger, TimeProvider? clock = null)
    {
        _directory = directory;
        _transport = transport;
        _store = store;
        _lock = customerLock;
        _reporter = reporter;
        _jobs = new CustomerJobs(jobs, store);
        _options = options;
        _callbackUrl = callbacks.Value.CallbackUrl;
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Stage 1: creates (or finds) and submits the customer's Business Profile.</summary>
    [DisplayName("{0}: submit Business Profile")]
    public Task SubmitProfileAsync(string customerAccountSid, CancellationToken cancellationToken) => AdvanceAsync(customerAccountSid, cancellationToken);

    /// <summary>Stage 2 (the profile's approval callback): creates, assigns and submits the customer's products.</summary>
    [DisplayName("{0}: submit trust products")]
    public Task SubmitProductsAsync(string customerAccountSid, CancellationToken cancellationToken) => AdvanceAsync(customerAccountSid, cancellationToken);

    /// <summary>Stage 3 (a verdict's callback): records the verdicts with their codes.</summary>
    [DisplayName("{0}: record review verdicts")]
    public Task RecordVerdictsAsync(string customerAccountSid, CancellationToken cancellationToken) => AdvanceAsync(customerAccountSid, cancellationToken);

    /// <summary>A customer whose callback is overdue: whatever stage it is at.</summary>
    [DisplayName("{0}: reconcile (no callback for a while)")]
    public Task ReconcileCustomerAsync(string customerAccountSid, CancellationToken cancellationToken) => AdvanceAsync(customerAccountSid, cancellationToken);

    /// <summary>
    /// The periodic reconciliation: a job for each unfinished customer not changed for
    /// <see cref="TrustHubIsvOnboardingOptions.CallbackOverdueAfter"/>, unless it has one pending (enqueued, running, or
    /// waiting for a retry: that one will read the customer's state, and its record's <see cref="IsvCustomerStatus.LastError"/>
    /// says why it is retried; one enqueued or running for longer than the overdue period is lost, see
    /// <see cref="IsvOnboardingStore.PendingJob"/>). Two at once (instances' clocks) only enqueue idempotent jobs twice, so no lock is taken:
    /// a lock row left by a killed instance would block it instead.
    /// </summary>
    [DisplayName("Trust Hub: reconcile overdue customers")]
    [AutomaticRetry(Attempts = 0)]
    public Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var due = now - _options.CallbackOverdueAfter;
        int enqueued = 0, pending = 0;
        foreach (var customer in _store.ListOpen())
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A record dated ahead of this clock (by more than instances' usual skew) was written by a clock that was fast
            // and has been set back, or by an instance whose clock is: it is no proof of news, and trusting it would leave
            // the customer alone until this clock caught up (hours, or days after a VM's clock was corrected). Its job
            // rewrites the date.
            if (_store.Get(customer) is { } status && status.UpdatedAt > due && status.UpdatedAt <= now + ClockSkew) continue;
            if (_jobs.Pending(customer) is not null)
            {
                pending++;
                continue;
            }
            _jobs.Enqueue(customer, j => j.ReconcileCustomerAsync(customer, CancellationToken.None));
            enqueued++;
        }
        if (enqueued + pending > 0)
            _logger.LogInformation("Reconciliation: {Count} customer(s) had no news for {Overdue}; a job reads each one's state ({Pending} of them already had one pending, "
                + "left to it and its retries).", enqueued + pending, _options.CallbackOverdueAfter, pending);
        return Task.CompletedTask;
    }

    /// <summary>How far ahead of this instance's clock a record may be dated and still count as recent news.</summary>
    internal static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private async Task AdvanceAsync(string customerAccountSid, CancellationToken cancellationToken)
    {
        // Every line written in this job (the engine's, the transport's, the reporter's) names the customer and the job.
        using var scope = _logger.BeginScope("Customer {CustomerAccountSid}, job {HangfireJobId}", customerAccountSid, CurrentJobAttribute.Id);
        await using var held = await _lock.AcquireAsync(customerAccountSid, _options.CustomerLockTimeout, cancellationToken).ConfigureAwait(false);
        // The lock can end under the job (PostgreSQL restarted, its connection dropped), and another job take it: each
        // write first proves it still held (LockCheckedTransport, RecordAsync), and a lock found gone cuts short any wait.
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, held.Lost);
        try
        {
            var customer = await FindAsync(customerAccountSid, run.Token).ConfigureAwait(false);
            var operations = new TrustHubRestOperations(new LockCheckedTransport(_transport, held), _transport.GetAccountSid()).ForSubaccount(customerAccountSid);
            var status = await CustomerAdvance.RunAsync(customer, operations, _callbackUrl, _clock.GetUtcNow(), _logger, run.Token).ConfigureAwait(false);
            await RecordAsync(status, held, run.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (held.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await held.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);   // throws CustomerLockLostException, naming why
            throw;
        }
        catch (IsvCustomerInputException e)
        {
            // Recorded and reported, then the job fails once (no retry can fix the data; the other customers go on).
            await RecordAsync(e.Status, held, cancellationToken).ConfigureAwait(false);
            throw;
        }
        catch (TwilioApiException e) when (e.Status == 401)
        {
            await RecordAccessRefusedAsync(customerAccountSid, e, held, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (CustomerLockLostException or OperationCanceledException))
        {
            await RecordRetriedFailureAsync(customerAccountSid, e, held).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The job fails and Hangfire retries it (no other job is added meanwhile): the customer's record says why, for the
    /// ISV reading it, until a job succeeds. Not reported: a failure that lasts would be reported at each retry.
    /// </summary>
    private async Task RecordRetriedFailureAsync(string customerAccountSid, Exception failure, IHeldCustomerLock held)
    {
        try
        {
            await held.EnsureHeldAsync(CancellationToken.None).ConfigureAwait(false);
            var known = _store.Get(customerAccountSid) ?? new IsvCustomerStatus { AccountSid = customerAccountSid, Stage = IsvOnboardingStage.Started };
            _store.Record(known with { LastError = $"{_clock.GetUtcNow():u}, job {CurrentJobAttribute.Id ?? "(none)"} failed and is retried: {failure.Message}" });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The job's own failure is what Hangfire must see (and retry); this one only costs the record its last error.
            _logger.LogWarning("Customer {Customer}: the job's failure ({Failure}) could not be written on its record: {Cause}", customerAccountSid, failure.Message, e.Message);
        }
    }

    /// <summary>
    /// Twilio refuses the ISV's credentials for this customer's subaccount. Retrying the job every few seconds to hours
    /// (while the reconciliation added a job of its own each round) cannot help: the record says so, the reporter is told
    /// once, the first such job fails without retries, and the reconciliation looks again once the record is
    /// <see cref="TrustHubIsvOnboardingOptions.CallbackOverdueAfter"/> old, continuing the customer when access is back.
    /// </summary>
    private async Task RecordAccessRefusedAsync(string customerAccountSid, TwilioApiException refusal, IHeldCustomerLock held, CancellationToken cancellationToken)
    {
        var known = _store.Get(customerAccountSid) ?? new IsvCustomerStatus { AccountSid = customerAccountSid, Stage = IsvOnboardingStage.Started };
        var problem = $"Twilio refused the ISV's credentials for this subaccount ({refusal.Status}{(refusal.Code is { } code ? $", code {code}" : "")}: {refusal.TwilioMessage}): " +
            "the ISV's access to it was revoked, or it is suspended or closed (or, when every customer shows this, the ISV's own credentials are wrong). The reconciliation tries again once this record is " +
            $"{_options.CallbackOverdueAfter} old, and the onboarding continues where it stopped once access is back.";
        var status = known with { Problems = [problem], LastError = null, UpdatedAt = _clock.GetUtcNow() };
        var again = known.Problems.SequenceEqual(status.Problems);
        await RecordAsync(status, held, cancellationToken).ConfigureAwait(false);
        _logger.LogWarning("Customer {Customer}: {Problem}", customerAccountSid, problem);
        // Failed once, so the dashboard shows it; the reconciliation's later looks succeed quietly while access stays refused.
        if (!again) throw new IsvCustomerAccessRefusedException(status, refusal);
    }

    /// <summary>The customer's onboarding data; its absence or invalid data (the directory's parse errors) is an input problem.</summary>
    private async Task<IsvCustomerOnboarding> FindAsync(string customerAccountSid, CancellationToken cancellationToken)
    {
        // What is known of the customer so far stays in its record beside the problem.
        var known = (_store.Get(customerAccountSid) ?? new IsvCustomerStatus { AccountSid = customerAccountSid, Stage = IsvOnboardingStage.Started })
            with { UpdatedAt = _clock.GetUtcNow() };
        IsvCustomerOnboarding? customer;
        try
        {
            customer = await _directory.FindAsync(customerAccountSid, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw CustomerAdvance.InputProblem(known, $"the IIsvCustomerDirectory could not read its data: {e.Message}", e);
        }
        if (customer is null)
            throw CustomerAdvance.InputProblem(known, "it is not in the IIsvCustomerDirectory (FindAsync answered null; account SIDs compare exactly, case included).");
        if (customer.AccountSid != customerAccountSid)
            throw CustomerAdvance.InputProblem(known, $"the IIsvCustomerDirectory answered customer {customer.AccountSid} for it.");
        return customer;
    }

    private async Task RecordAsync(IsvCustomerStatus status, IHeldCustomerLock held, CancellationToken cancellationToken)
    {
        // The reporter is told before the change is recorded: if it fails (or the job dies in between), the retry finds
        // the change still unrecorded and tells it again. Recorded first, the retry found nothing new and the report was lost.
        // Both only while the lock is held: a job that lost it would overwrite the record of the job that took it since.
        var previous = _store.Get(status.AccountSid);
        if (!status.SameAs(previous))
        {
            await held.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
            await _reporter.ReportAsync(previous, status, cancellationToken).ConfigureAwait(false);
        }
        await held.EnsureHeldAsync(cancellationToken).ConfigureAwait(false);
        _store.Record(status);
    }
}
