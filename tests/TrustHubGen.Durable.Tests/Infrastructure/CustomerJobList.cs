using Hangfire.Storage;

namespace TrustHubGen.Durable.Tests.Infrastructure;

/// <summary>
/// A customer's Hangfire jobs, one line each: its state first, then its id, method and history (for assertions and failure
/// messages). The in-memory storage keeps a queue entry after its job moved on, so only jobs still enqueued count as such.
/// </summary>
internal static class CustomerJobList
{
    public static IEnumerable<string> Of(IMonitoringApi monitoring, string customer) =>
        monitoring.EnqueuedJobs("default", 0, 1000).Where(j => j.Value.InEnqueuedState).Select(j => (State: "enqueued", j.Key, j.Value.Job))
            .Concat(monitoring.ProcessingJobs(0, 1000).Select(j => (State: "processing", j.Key, j.Value.Job)))
            .Concat(monitoring.ScheduledJobs(0, 1000).Select(j => (State: "scheduled", j.Key, j.Value.Job)))
            .Concat(monitoring.FailedJobs(0, 1000).Select(j => (State: "failed", j.Key, j.Value.Job)))
            .Concat(monitoring.SucceededJobs(0, 1000).Select(j => (State: "succeeded", j.Key, j.Value.Job)))
            .Where(j => j.Job?.Args.FirstOrDefault() as string == customer)
            .Select(j => $"{j.State} {j.Key} {j.Job!.Method.Name}: " + string.Join(" < ", monitoring.JobDetails(j.Key).History.Select(h => $"{h.StateName} ({h.Reason})")));
}
