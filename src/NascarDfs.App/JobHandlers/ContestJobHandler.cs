using NascarDfs.App.Contests;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers;

/// <summary>Runs <c>contest</c> jobs on their own thread with the job's thread budget.</summary>
internal sealed class ContestJobHandler : IJobHandler<ContestArgs, ContestResultDocument>
{
    public Task<ContestResultDocument> RunAsync(ContestArgs args, JobContext context, CancellationToken cancellationToken) =>
        BackgroundWork.Run(() => ContestRunner.Run(ContestPlan.For(args), new JobProgressReporter(context), context.ThreadBudget, cancellationToken), cancellationToken);
}
