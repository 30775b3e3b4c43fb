using Quartz;

namespace PerfBot.Scheduling;

/// <summary>
/// Says in the log when this instance runs a job again because the instance running it stopped (its cluster
/// check-ins ceased while the job ran, and the job asks for recovery): what an operator reads after a crash.
/// </summary>
public sealed class RecoveredJobsLog(ILogger<RecoveredJobsLog> log) : IJobListener
{
    public string Name => nameof(RecoveredJobsLog);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.Recovering)
            log.LogWarning("Running {Job} again: it was running on an instance that stopped", context.JobDetail.Description ?? context.JobDetail.Key.ToString());
        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        if (context.Recovering)
            log.LogWarning("Recovered {Job} {Outcome}", context.JobDetail.Description ?? context.JobDetail.Key.ToString(),
                jobException is null ? "finished" : $"failed: {jobException.Message}");
        return ValueTask.CompletedTask;
    }
}
