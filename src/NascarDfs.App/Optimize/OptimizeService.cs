using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Portfolios;

namespace NascarDfs.App.Optimize;

/// <summary>
/// Runs an optimize config: the one code path behind <c>nascar-dfs optimize</c>, the <c>optimize</c> job handler
/// and the web pages. The projection objective is the exact optimizer; the others simulate the race first.
/// </summary>
internal sealed class OptimizeService
{
    /// <summary>The objectives that need the race simulator (SPEC §4).</summary>
    public static readonly IReadOnlyList<string> SimulationObjectives = ["sim-mean", "target", "optimal", "coverage"];

    public static IReadOnlyList<string> Objectives { get; } = ["projection", .. SimulationObjectives];

    /// <summary>The slate a config describes: the embedded salary file with its projections merged in.</summary>
    public static Slate LoadSlate(OptimizeJobConfig config) => SlateAssembler.Assemble(config.Slate, config.Projections, config.MissingProjection);

    /// <summary>The conflicts of a config without searching, for validation before a job is queued.</summary>
    public static IReadOnlyList<string> FindConflicts(OptimizeJobConfig config)
    {
        var conflicts = PortfolioOptimizer.FindConflicts(ToRequest(config, LoadSlate(config)));
        if (conflicts.Count == 0 && SimulationObjectiveNames.Find(config.Objective) is not null) ResolveRace(config);
        return conflicts;
    }

    /// <summary>Builds the portfolio. <paramref name="threads"/> is the job's thread budget (simulations run in parallel).</summary>
    public static OptimizeResultDocument Run(OptimizeJobConfig config, IProgress<RunProgress>? progress = null, int threads = 0, CancellationToken cancellationToken = default)
    {
        var slate = LoadSlate(config);
        var site = SiteRegistry.Parse(config.Site);
        if (site.Site != slate.Site)
        {
            throw new ArgumentException($"The slate is a {slate.Rules.DisplayName} file, but the config says {site.DisplayName}.");
        }

        var scoring = ScoringTables.Parse(config.Scoring);
        if (SimulationObjectiveNames.Find(config.Objective) is { } objective)
        {
            return RunSimulation(config, slate, site, scoring, objective, progress, threads, cancellationToken);
        }

        if (config.Objective != "projection") throw new ArgumentException($"Unknown objective '{config.Objective}'. Use one of: {string.Join(", ", Objectives)}.");
        var lineupsProgress = progress is null ? null : new LineupProgress(progress);
        var result = PortfolioOptimizer.Build(ToRequest(config, slate), lineupsProgress, cancellationToken);
        return new OptimizeResultDocument(site.Name, scoring.Name, result.Lineups, result.Exposures, result.Warnings, result.StoppedEarly);
    }

    public static PortfolioRequest ToRequest(OptimizeJobConfig config, Slate slate) =>
        new(slate, config.Lineups, config.Constraints, config.Randomness, config.Seed);

    /// <summary>
    /// The race of a simulation objective or a <c>simulate</c> job, through the simulator's own <see cref="Race.Resolve"/>
    /// (track or type, laps 0 = the type's typical race). Bad input (no race, unknown track) is an <see cref="ArgumentException"/>.
    /// </summary>
    public static Race ResolveRace(OptimizeJobConfig config) =>
        config.Race is { } race
            ? Race.Resolve(race.Track, race.TrackType, race.Laps > 0 ? race.Laps : null, race.Date)
            : throw new ArgumentException(
                (config.Kind == "simulate" ? "A simulation needs the race" : $"Objective '{config.Objective}' simulates the race")
                + ": give --track NAME or --track-type TYPE (and --laps L).");

    private static OptimizeResultDocument RunSimulation(OptimizeJobConfig config, Slate slate, SiteRules site, ScoringTable scoring,
        SimulationObjective objective, IProgress<RunProgress>? progress, int threads, CancellationToken cancellationToken)
    {
        var simulation = new SimulationOptions { Seed = config.Seed };
        if (config.Sims is { } sims) simulation = simulation with { Simulations = sims };
        if (threads > 0) simulation = simulation with { MaxDegreeOfParallelism = threads };
        var request = new SimulationPortfolioRequest(ToRequest(config, slate), objective, scoring, ResolveRace(config))
        {
            Simulation = simulation,
            Target = config.Target,
        };
        var stages = progress is null ? null : new SimulationProgressAdapter(progress);
        var result = SimulationPortfolioBuilder.Build(request, stages, cancellationToken);
        return new OptimizeResultDocument(site.Name, scoring.Name, [.. result.Lineups.Select(l => l.Lineup)], result.Exposures,
            result.Warnings, result.StoppedEarly, SimulationReport.From(request, result));
    }

    private sealed class LineupProgress(IProgress<RunProgress> inner) : IProgress<PortfolioProgress>
    {
        public void Report(PortfolioProgress value) =>
            inner.Report(new RunProgress(100.0 * value.Done / Math.Max(1, value.Total), $"lineup {value.Done} of {value.Total}"));
    }
}
