using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.App.Optimize;
using NascarDfs.Contests.Evaluation;

namespace NascarDfs.App.Contests;

/// <summary>Runs a contest plan: the one code path behind <c>nascar-dfs contest</c> and the <c>contest</c> job.</summary>
internal static class ContestRunner
{
    public static ContestResultDocument Run(ContestPlan plan, IProgress<RunProgress>? progress = null, int threads = 0, CancellationToken cancellationToken = default)
    {
        var stages = progress is null ? null : new SimulationProgressAdapter(progress);
        var result = ContestEvaluator.Evaluate(plan.Request(threads), stages, cancellationToken);
        var args = plan.Args;
        return new ContestResultDocument(args.Site.Name, args.Scoring.Name, [.. args.Lineups.Select(LineupDocument.From)],
            ContestReport.From(result), args.SourceJob, result.Warnings);
    }
}
