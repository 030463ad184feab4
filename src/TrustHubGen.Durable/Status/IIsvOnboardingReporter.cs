using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace TrustHubGen.Durable;

/// <summary>
/// Told whenever a customer's onboarding changes (a profile or a product submitted, approved or rejected with its
/// codes): e-mail the customer, update a CRM. Called before the change is recorded: a failure here fails the job and
/// leaves the change unrecorded, so the retry reports it again (and a job killed between the two does too): a report
/// may come twice, make it idempotent; none is lost.
/// </summary>
public interface IIsvOnboardingReporter
{
    /// <summary>Reports <paramref name="current"/>, which differs from <paramref name="previous"/> (null for a first record).</summary>
    Task ReportAsync(IsvCustomerStatus? previous, IsvCustomerStatus current, CancellationToken cancellationToken);
}

/// <summary>The default reporter: one log line per change (warnings for rejections and problems, with the codes).</summary>
internal sealed class LoggingIsvOnboardingReporter(ILogger<LoggingIsvOnboardingReporter> logger) : IIsvOnboardingReporter
{
    public Task ReportAsync(IsvCustomerStatus? previous, IsvCustomerStatus current, CancellationToken cancellationToken)
    {
        var level = current.Stage is IsvOnboardingStage.ProfileRejected or IsvOnboardingStage.NeedsAttention || current.Problems.Count > 0
            || System.Linq.Enumerable.Any(current.Products, p => p.Rejection.Count > 0) ? LogLevel.Warning : LogLevel.Information;
        logger.Log(level, "Onboarding of customer {Customer}: {Status}", current.AccountSid, current);
        return Task.CompletedTask;
    }
}
