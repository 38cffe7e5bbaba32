using System.Collections.Immutable;
using NascarDfs.Domain.Lineups;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Simulation.Portfolios;

/// <summary>
/// Builds simulation-based portfolios (SPEC §4): simulate the race, take every race's exact optimum and the best
/// lineups by mean as candidates (filtered by the request's constraints), score them on every race, then select
/// greedily under the portfolio limits.
/// </summary>
public static class SimulationPortfolioBuilder
{
    // Progress: the simulation takes the first 60%, candidates the next 30%, selection the rest.
    private const double SimulationShare = 60, CandidateShare = 30;

    /// <summary>Builds the portfolio. Throws <see cref="InfeasibleRequestException"/> before simulating when the
    /// constraints conflict, <see cref="OperationCanceledException"/> when cancelled.</summary>
    public static SimulationPortfolioResult Build(
        SimulationPortfolioRequest request, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var run = Prepare(request, progress, cancellationToken);
        var (solver, simulation, pool, hits, slateIndexOf, target, median) =
            (run.Solver, run.Simulation, run.Pool, run.Hits, run.SlateIndexOf, run.Target, run.MedianOptimalScore);
        var slate = request.Portfolio.Slate;
        var limits = solver.CreateLimits();
        var chosen = PortfolioSelector.Select(
            pool.Candidates, hits, request.Objective, limits, cancellationToken, l => pool.AddBestAllowed(l, hits, cancellationToken));
        var covered = new ulong[hits.Words];
        foreach (var k in chosen)
        {
            var row = hits.Row(k);
            for (var w = 0; w < covered.Length; w++) covered[w] |= row[w];
        }

        var lineups = chosen.Select(k => ToLineup(pool.Candidates[k], solver, simulation, slateIndexOf, target)).ToList();
        var warnings = new List<string>(slate.Warnings.Concat(simulation.Warnings));
        string? stopped = null;
        if (lineups.Count < request.Portfolio.Lineups)
        {
            stopped = $"Stopped after {lineups.Count} of {request.Portfolio.Lineups} lineups: no other lineup satisfies the constraints "
                + "with the lineups chosen before (exposure and repeat limits). Relax the limits.";
            warnings.Add(stopped);
        }

        var optimalCounts = new int[slate.Drivers.Length];
        for (var c = 0; c < slateIndexOf.Length; c++) optimalCounts[slateIndexOf[c]] = pool.DriverOptimalCounts[c];
        Report(progress, 100, $"Built {lineups.Count} lineups");
        return new SimulationPortfolioResult(
            lineups, PortfolioOptimizer.Exposures([.. lineups.Select(l => l.Lineup)], request.Portfolio.Lineups), target, median,
            HitMatrix.Count(covered) / (double)Math.Max(1, hits.Races), pool.Candidates.Count,
            simulation.SummarizeDrivers(optimalCounts), simulation, warnings, stopped);
    }

    /// <summary>Everything up to the selection: simulation, candidates, hit matrix, target.</summary>
    internal static PortfolioRun Prepare(SimulationPortfolioRequest request, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var solver = LineupSolver.Create(request.Portfolio);
        if (solver.Conflicts.Count > 0) throw new InfeasibleRequestException(solver.Conflicts);

        var slate = request.Portfolio.Slate;
        var simulation = RaceSimulator.Run(new SimulationRequest(slate.Drivers, request.Scoring, request.Race) { Options = request.Simulation },
            progress is null ? null : new Scaled(progress, 0, SimulationShare), cancellationToken);
        var slateIndex = slate.Drivers.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var slateIndexOf = solver.Drivers.Select(d => slateIndex[d.Id]).ToArray();

        var pool = CandidatePool.Create(solver, simulation, request, slateIndexOf, cancellationToken);
        var found = pool.OptimumScores.Where(s => !double.IsNaN(s)).Order().ToList();
        var median = found.Count == 0 ? 0 : found[found.Count / 2];
        var target = request.Target ?? SimulationPortfolioDefaults.TargetShareOfMedianOptimum * median;
        Report(progress, SimulationShare + CandidateShare / 2, $"{pool.Candidates.Count:N0} candidate lineups");
        var hits = HitMatrix.Create(pool.Candidates, pool.Columns, target, request.Simulation.MaxDegreeOfParallelism, cancellationToken);
        Report(progress, SimulationShare + CandidateShare, "Selecting lineups");
        return new PortfolioRun(solver, simulation, pool, hits, slateIndexOf, target, median);
    }

    private static SimulatedLineup ToLineup(Candidate candidate, LineupSolver solver, SimulationResult simulation, int[] slateIndexOf, double target)
    {
        var drivers = new DriverSet(candidate.Mask);
        var lineup = solver.ToLineup(drivers);
        var summary = simulation.SummarizeLineup(drivers.Indices().Select(c => slateIndexOf[c]).ToList(), target);
        return new SimulatedLineup(lineup, summary, candidate.OptimalCount / (double)simulation.Simulations);
    }

    private static void Report(IProgress<SimulationProgress>? progress, double percent, string message) =>
        progress?.Report(new SimulationProgress("portfolio", percent, message));

    /// <summary>Maps the simulator's 0–100 onto a slice of the whole run's bar.</summary>
    private sealed class Scaled(IProgress<SimulationProgress> inner, double from, double width) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => inner.Report(value with { Percent = from + width * value.Percent / 100 });
    }
}
