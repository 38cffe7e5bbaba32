using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Evaluation;
using NascarDfs.Contests.Field;
using NascarDfs.Contests.Payouts;
using NascarDfs.Domain.Lineups;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Portfolios;

namespace NascarDfs.Contests.Portfolios;

/// <summary>
/// Builds a portfolio for the <c>roi</c> objective (SPEC §10): the simulation objectives' candidate pool (per-race
/// optima and best by mean, under the request's per-lineup constraints), each candidate placed against a field
/// drawn from the ownership projection in every race, then <see cref="RoiSelector"/> under the request's
/// portfolio limits. The chosen lineups are then run through the contest exactly as <c>contest</c> would.
/// </summary>
public static class RoiPortfolioBuilder
{
    /// <summary>Builds the portfolio. Throws <see cref="InfeasibleRequestException"/> when the constraints conflict,
    /// <see cref="ContestException"/> for a contest that does not fit, <see cref="OperationCanceledException"/> when cancelled.</summary>
    public static RoiPortfolioResult Build(RoiPortfolioRequest request, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var targets = Check(request);
        var portfolio = request.Portfolio;
        var slate = portfolio.Portfolio.Slate;
        var run = SimulationPortfolioBuilder.Prepare(portfolio,
            progress is null ? null : new SyncProgress<SimulationProgress>(p => progress.Report(p with { Percent = 0.6 * p.Percent })), cancellationToken);
        var threads = portfolio.Simulation.MaxDegreeOfParallelism;
        var lineups = portfolio.Portfolio.Lineups;
        progress?.Report(new SimulationProgress("field", 60, "Drawing the field"));
        var field = FieldGenerator.Generate(slate.Drivers, slate.Rules, request.Contest.FieldSize - lineups, targets,
            request.Field with { MaxDegreeOfParallelism = threads }, cancellationToken);

        var candidates = run.Pool.Candidates.Take(request.MaxCandidates).ToList();
        var slateMasks = candidates.Select(c => ToSlateMask(c.Mask, run.SlateIndexOf)).ToArray();
        var table = new PayoutTable(request.Contest);
        progress?.Report(new SimulationProgress("roi", 65, $"Placing {candidates.Count:N0} candidates against the field"));
        var simulation = run.Simulation;
        var standings = StandingsPass.Run(field, simulation.PointsMatrix.ToArray(), simulation.Drivers.Count, simulation.Simulations,
            slateMasks, table.PaidPlaces, threads, null, cancellationToken);
        progress?.Report(new SimulationProgress("roi", 85, "Choosing lineups by marginal expected payout"));
        var selector = new RoiSelector(standings, table, simulation.Simulations);
        var limits = new SelectionLimitsAdapter(run.Limits());
        var chosen = selector.Select([.. candidates.Select(c => c.Mask)], limits, lazy: true, cancellationToken);

        var chosenLineups = chosen.Select(k => run.Solver.ToLineup(new Optimization.Search.DriverSet(candidates[k].Mask))).ToList();
        var warnings = new List<string>();
        string? stopped = null;
        if (chosenLineups.Count < lineups)
        {
            stopped = $"Only {chosenLineups.Count} of {lineups} lineups: the {candidates.Count:N0} candidate lineups ran out under the exposure and repeat limits. Simulate more races or relax the limits.";
            warnings.Add(stopped);
        }

        if (chosenLineups.Count == 0) throw new InfeasibleRequestException([stopped!]);
        var contest = ContestSimulator.Run(new ContestRequest(request.Contest, field, simulation, chosenLineups) { MaxDegreeOfParallelism = threads }, null, cancellationToken);
        progress?.Report(new SimulationProgress("roi", 100, $"Built {chosenLineups.Count} lineups"));
        warnings.InsertRange(0, slate.Warnings.Concat(simulation.Warnings).Concat(contest.Warnings).Distinct());
        return new RoiPortfolioResult(chosenLineups, contest with { Warnings = warnings }, candidates.Count, stopped, warnings);
    }

    /// <summary>What can be checked before simulating: the contest's site and entry limit, the ownership.</summary>
    public static OwnershipTargets Check(RoiPortfolioRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var slate = request.Portfolio.Portfolio.Slate;
        ContestSource.ForSite(request.Contest, slate.Site);
        var lineups = request.Portfolio.Portfolio.Lineups;
        if (lineups > request.Contest.MaxEntriesPerUser)
        {
            throw new ContestException(request.Contest.Name, $"{lineups} lineups is more than the {request.Contest.MaxEntriesPerUser:N0} entries one user may submit to this contest.");
        }

        if (lineups >= request.Contest.FieldSize) throw new ContestException(request.Contest.Name, $"{lineups} lineups would fill the {request.Contest.FieldSize:N0}-entry contest by themselves.");
        if (request.Contest.FieldSize - lineups > FieldDefaults.MaxEntries)
        {
            throw new ContestException(request.Contest.Name, $"The contest's field of {request.Contest.FieldSize:N0} entries is more than the {FieldDefaults.MaxEntries:N0} the simulator draws.");
        }

        return OwnershipTargets.For(slate.Drivers, slate.Rules.RosterSize, "the projections");
    }

    private static UInt128 ToSlateMask(UInt128 canonical, int[] slateIndexOf)
    {
        UInt128 mask = 0;
        for (var m = canonical; m != UInt128.Zero; m &= m - 1) mask |= UInt128.One << slateIndexOf[(int)UInt128.TrailingZeroCount(m)];
        return mask;
    }
}
