using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Optimize;

/// <summary>
/// Runs an optimize config: the one code path behind <c>nascar-dfs optimize</c>, the <c>optimize</c> job handler
/// and the web pages.
/// </summary>
internal sealed class OptimizeService
{
    /// <summary>The objectives that need the race simulator (SPEC §4).</summary>
    public static readonly IReadOnlyList<string> SimulationObjectives = ["sim-mean", "target", "optimal", "coverage"];

    public static IReadOnlyList<string> Objectives { get; } = ["projection", .. SimulationObjectives];

    /// <summary>The slate a config describes: the embedded salary file with its projections merged in.</summary>
    public static Slate LoadSlate(OptimizeJobConfig config) => SlateAssembler.Assemble(config.Slate, config.Projections, config.MissingProjection);

    /// <summary>The conflicts of a config without searching, for validation before a job is queued.</summary>
    public static IReadOnlyList<string> FindConflicts(OptimizeJobConfig config) =>
        PortfolioOptimizer.FindConflicts(ToRequest(config, LoadSlate(config)));

    public OptimizeResultDocument Run(OptimizeJobConfig config, IProgress<PortfolioProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var slate = LoadSlate(config);
        var site = SiteRegistry.Parse(config.Site);
        if (site.Site != slate.Site)
        {
            throw new ArgumentException($"The slate is a {slate.Rules.DisplayName} file, but the config says {site.DisplayName}.");
        }

        var scoring = ScoringTables.Parse(config.Scoring);
        if (!string.Equals(config.Objective, "projection", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Objective '{config.Objective}' needs the race simulator, which this build does not have yet. Use --objective projection.");
        }

        var result = PortfolioOptimizer.Build(ToRequest(config, slate), progress, cancellationToken);
        return new OptimizeResultDocument(site.Name, scoring.Name, result.Lineups, result.Exposures, result.Warnings, result.StoppedEarly);
    }

    public static PortfolioRequest ToRequest(OptimizeJobConfig config, Slate slate) =>
        new(slate, config.Lineups, config.Constraints, config.Randomness, config.Seed);
}
