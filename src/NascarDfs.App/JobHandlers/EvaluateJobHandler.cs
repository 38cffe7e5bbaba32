using NascarDfs.App.Evaluate;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers;

/// <summary>Runs <c>evaluate</c> jobs on their own thread with the job's thread budget; cancellable between races.</summary>
internal sealed class EvaluateJobHandler : IJobHandler<EvaluateArgs, EvaluateResultDocument>
{
    public Task<EvaluateResultDocument> RunAsync(EvaluateArgs args, JobContext context, CancellationToken cancellationToken) =>
        BackgroundWork.Run(() => EvaluateRunner.Run(args, new JobProgressReporter(context), context.ThreadBudget, cancellationToken), cancellationToken);
}
