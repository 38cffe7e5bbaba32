using NascarDfs.App.Evaluate;
using NascarDfs.App.Services;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs submit evaluate --logs FILE --from DATE [--to DATE] [--sims N] [--seed N]</c>: a queued evaluation.</summary>
internal sealed class SubmitEvaluateCommand : JobsCommand<EvaluateSettings>
{
    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        var args = await settings.ToArgsAsync(cancellationToken);
        var problems = EvaluateService.Check(args);
        if (problems.Count > 0) return CliErrors.Fail(string.Join(" ", problems));
        var job = await new EvaluateService(jobs.Service).SubmitAsync(args, priority: settings.Priority, cancellationToken: cancellationToken);
        return await JobSubmitter.ReportAsync(jobs, [job], cancellationToken);
    }
}
