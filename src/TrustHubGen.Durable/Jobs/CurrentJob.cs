using System.Threading;
using Hangfire.Common;
using Hangfire.Server;

namespace TrustHubGen.Durable;

/// <summary>
/// Hangfire's id of the job running on this flow, for the jobs' logging scope. Hangfire runs a job on the thread that
/// calls its server filters, so what <see cref="IServerFilter.OnPerforming"/> sets flows into the job.
/// </summary>
internal sealed class CurrentJobAttribute : JobFilterAttribute, IServerFilter
{
    private static readonly AsyncLocal<string?> Current = new();

    /// <summary>The running job's id, or null outside a job.</summary>
    public static string? Id => Current.Value;

    public void OnPerforming(PerformingContext context) => Current.Value = context.BackgroundJob.Id;

    public void OnPerformed(PerformedContext context) => Current.Value = null;
}
