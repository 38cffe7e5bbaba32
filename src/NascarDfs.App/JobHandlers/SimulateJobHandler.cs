using NascarDfs.App.Simulate;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers;

/// <summary>Runs <c>simulate</c> jobs on their own thread with the job's thread budget.</summary>
internal sealed class SimulateJobHandler : IJobHandler<SimulateArgs, SimulateResultDocument>
{
    public Task<SimulateResultDocument> RunAsync(SimulateArgs args, JobContext context, CancellationToken cancellationToken) =>
        BackgroundWork.Run(() => SimulateRunner.Run(SimulatePlan.For(args), new JobProgressReporter(context), context.ThreadBudget, cancellationToken), cancellationToken);
}
