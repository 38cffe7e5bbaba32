using NascarDfs.App.Contests;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.Contests.Field;
using NascarDfs.Contests.Portfolios;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Portfolios;

namespace NascarDfs.App.Optimize;

/// <summary>
/// Builds the portfolio of a plan: the one code path behind <c>nascar-dfs optimize</c> and the <c>optimize</c> job.
/// The projection objective is the exact optimizer; the others simulate the race first; <c>roi</c> also draws the
/// contest's field and chooses by marginal expected payout (<see cref="RoiPortfolioBuilder"/>).
/// </summary>
internal static class OptimizeRunner
{
    /// <summary><paramref name="threads"/> is the job's thread budget (simulations run in parallel; 0 = all cores).</summary>
    public static OptimizeResultDocument Run(OptimizePlan plan, IProgress<RunProgress>? progress = null, int threads = 0, CancellationToken cancellationToken = default)
    {
        var args = plan.Args;
        if (args.Objective == Objective.Roi) return RunRoi(plan, progress, threads, cancellationToken);
        if (args.Objective.ToSimulation() is { } objective)
        {
            return RunSimulation(plan, objective, progress, threads, cancellationToken);
        }

        var lineupsProgress = progress is null ? null : new LineupProgress(progress);
        var result = PortfolioOptimizer.Build(ToRequest(plan), lineupsProgress, cancellationToken);
        return Document(plan, result.Lineups, result.Exposures, result.Warnings, result.StoppedEarly, null);
    }

    public static PortfolioRequest ToRequest(OptimizePlan plan) =>
        new(plan.Slate, plan.Args.Lineups, plan.Args.Constraints, plan.Args.Randomness, plan.Args.Seed);

    /// <summary>The roi objective's request: the simulation objectives' candidates (sim-mean's pool), the contest, the field seed.</summary>
    public static RoiPortfolioRequest ToRoiRequest(OptimizePlan plan, int threads = 0)
    {
        var args = plan.Args;
        var simulation = new SimulationOptions { Seed = args.Seed, Simulations = args.Sims };
        if (threads > 0) simulation = simulation with { MaxDegreeOfParallelism = threads };
        var race = plan.Race ?? OptimizePlan.ResolveRace(args);
        var contest = args.Contest ?? throw new ArgumentException("The roi objective builds a portfolio for a contest: give --contest FILE|NAME.");
        var portfolio = new SimulationPortfolioRequest(ToRequest(plan), SimulationObjective.SimMean, args.Scoring, race) { Simulation = simulation, Target = args.Target };
        return new RoiPortfolioRequest(portfolio, contest) { Field = new FieldOptions { Seed = args.FieldSeed } };
    }

    private static OptimizeResultDocument RunRoi(OptimizePlan plan, IProgress<RunProgress>? progress, int threads, CancellationToken cancellationToken)
    {
        var request = ToRoiRequest(plan, threads);
        var stages = progress is null ? null : new SimulationProgressAdapter(progress);
        var result = RoiPortfolioBuilder.Build(request, stages, cancellationToken);
        var requested = Math.Max(1, plan.Args.Lineups);
        var exposures = result.Lineups.SelectMany(l => l.DriverIds).GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new DriverExposure(g.Count(), 100.0 * g.Count() / requested), StringComparer.Ordinal);
        var document = Document(plan, result.Lineups, exposures, result.Warnings, result.StoppedEarly, null);
        return document with { Contest = ContestReport.From(result.Contest) };
    }

    private static OptimizeResultDocument RunSimulation(OptimizePlan plan, SimulationObjective objective, IProgress<RunProgress>? progress, int threads, CancellationToken cancellationToken)
    {
        var args = plan.Args;
        var simulation = new SimulationOptions { Seed = args.Seed, Simulations = args.Sims, Device = args.Device };
        if (threads > 0) simulation = simulation with { MaxDegreeOfParallelism = threads };
        var race = plan.Race ?? OptimizePlan.ResolveRace(args);
        var request = new SimulationPortfolioRequest(ToRequest(plan), objective, args.Scoring, race)
        {
            Simulation = simulation,
            Target = args.Target,
        };
        var stages = progress is null ? null : new SimulationProgressAdapter(progress);
        var result = SimulationPortfolioBuilder.Build(request, stages, cancellationToken);
        return Document(plan, [.. result.Lineups.Select(l => l.Lineup)], result.Exposures, result.Warnings, result.StoppedEarly,
            SimulationReport.From(request, result));
    }

    // Both objectives end here: the minimums a short (or unlucky) portfolio missed join the warnings, and the shortfall
    // (fewer lineups, missed minimums) is worked out once for every front end.
    private static OptimizeResultDocument Document(OptimizePlan plan, IReadOnlyList<NascarDfs.Domain.Lineups.Lineup> lineups, IReadOnlyDictionary<string, DriverExposure> exposures,
        IReadOnlyList<string> warnings, string? stoppedEarly, SimulationReport? simulation)
    {
        var args = plan.Args;
        var missed = PortfolioOptimizer.MissedMinimums(ToRequest(plan), lineups);
        return new(args.Site.Name, args.Scoring.Name, [.. lineups.Select(LineupDocument.From)],
            exposures.ToDictionary(e => e.Key, e => new ExposureDocument(e.Value.Count, e.Value.Percent), StringComparer.Ordinal),
            [.. warnings, .. missed], stoppedEarly, simulation)
        {
            Requested = args.Lineups,
            Shortfall = OptimizeResultDocument.DescribeShortfall(lineups.Count, args.Lineups, missed),
            ProjectionSource = ProjectionSourceDocument.From(args.ResolvedProjections.Source),
        };
    }

    private sealed class LineupProgress(IProgress<RunProgress> inner) : IProgress<PortfolioProgress>
    {
        public void Report(PortfolioProgress value) =>
            inner.Report(new RunProgress(100.0 * value.Done / Math.Max(1, value.Total), $"lineup {value.Done} of {value.Total}"));
    }
}
