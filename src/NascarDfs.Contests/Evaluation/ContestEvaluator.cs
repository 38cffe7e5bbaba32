using NascarDfs.Contests.Definitions;
using NascarDfs.Contests.Field;
using NascarDfs.Simulation;

namespace NascarDfs.Contests.Evaluation;

/// <summary>
/// The contest workflow every front end calls (CLI <c>contest</c>, the contest job, the Contest page): check the
/// inputs, simulate the race, draw the field of contest size − entries opponents, run the contest.
/// </summary>
public static class ContestEvaluator
{
    // Progress: the race simulation takes the first half, the field a tenth, the contest the rest.
    private const double SimulationShare = 50, FieldShare = 10;

    /// <summary>Checks what can be checked before any simulation: site, entry count, lineups of this slate, ownership.
    /// Throws <see cref="ContestException"/> or <see cref="ArgumentException"/> with a sentence.</summary>
    public static OwnershipTargets Check(ContestEvaluationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ContestSource.ForSite(request.Contest, request.Slate.Site);
        if (request.Scoring.Site != request.Slate.Site)
            throw new ArgumentException($"The scoring table '{request.Scoring.Name}' is not {request.Slate.Rules.DisplayName}'s.", nameof(request));
        if (request.Lineups.Count > request.Contest.MaxEntriesPerUser)
        {
            throw new ContestException(request.Contest.Name,
                $"{request.Lineups.Count} lineups is more than the {request.Contest.MaxEntriesPerUser:N0} entries one user may submit to this contest.");
        }

        if (request.Lineups.Count >= request.Contest.FieldSize)
        {
            throw new ContestException(request.Contest.Name, $"{request.Lineups.Count} lineups would fill the {request.Contest.FieldSize:N0}-entry contest by themselves: there is no field to beat.");
        }

        if (request.Contest.FieldSize - request.Lineups.Count > FieldDefaults.MaxEntries)
        {
            throw new ContestException(request.Contest.Name, $"The contest's field of {request.Contest.FieldSize:N0} entries is more than the {FieldDefaults.MaxEntries:N0} the simulator draws.");
        }

        Lineups.LineupMasks.Of(request.Lineups, request.Slate.Drivers, request.Slate.Rules);
        request.Field.Validate();
        request.Simulation.Validate();
        return OwnershipTargets.For(request.Slate.Drivers, request.Slate.Rules.RosterSize, "the projections");
    }

    /// <summary>Runs the whole evaluation.</summary>
    public static ContestResult Evaluate(
        ContestEvaluationRequest request, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var targets = Check(request);
        var simulation = RaceSimulator.Run(
            new SimulationRequest(request.Slate.Drivers, request.Scoring, request.Race) { Options = request.Simulation },
            progress is null ? null : new SyncProgress<SimulationProgress>(p => progress.Report(p with { Percent = SimulationShare * p.Percent / 100 })),
            cancellationToken);
        progress?.Report(new SimulationProgress("field", SimulationShare, "Drawing the field"));
        var field = FieldGenerator.Generate(
            request.Slate.Drivers, request.Slate.Rules, request.Contest.FieldSize - request.Lineups.Count, targets,
            request.Field with { MaxDegreeOfParallelism = request.Simulation.MaxDegreeOfParallelism }, cancellationToken);
        progress?.Report(new SimulationProgress("contest", SimulationShare + FieldShare, $"Field of {field.Entries:N0} entries ({field.Distinct:N0} distinct)"));
        var result = ContestSimulator.Run(
            new ContestRequest(request.Contest, field, simulation, request.Lineups) { MaxDegreeOfParallelism = request.Simulation.MaxDegreeOfParallelism },
            progress is null ? null : new SyncProgress<double>(p => progress.Report(new SimulationProgress("contest", SimulationShare + FieldShare + (100 - SimulationShare - FieldShare) * p / 100, "Ranking entries"))),
            cancellationToken);
        var warnings = request.InputWarnings.Concat(request.Slate.Warnings).Concat(simulation.Warnings).Concat(result.Warnings).Distinct().ToList();
        return result with { Warnings = warnings };
    }
}
