using NascarDfs.App.Optimize;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers;

/// <summary>
/// Runs <c>optimize</c> jobs. The arguments were checked when submitted; bad input or an infeasible request throws, which
/// fails the job with the sentence. The work gets the job's thread budget.
/// </summary>
internal sealed class OptimizeJobHandler : IJobHandler<OptimizeArgs, OptimizeResultDocument>
{
    public async Task<OptimizeResultDocument> RunAsync(OptimizeArgs args, JobContext context, CancellationToken cancellationToken)
    {
        var result = await BackgroundWork.Run(() => OptimizeRunner.Run(OptimizePlan.For(args), new JobProgressReporter(context), context.ThreadBudget, cancellationToken), cancellationToken).ConfigureAwait(false);
        context.Warn(result.Shortfall);
        return result;
    }
}
