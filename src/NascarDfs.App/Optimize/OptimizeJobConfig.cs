using NascarDfs.Domain.Slates;
using NascarDfs.Optimization.Portfolio;

namespace NascarDfs.App.Optimize;

/// <summary>
/// The config of an <c>optimize</c> job (SPEC §9): everything needed to build the portfolio again, the salary file
/// and projections embedded as they were, so a re-run gives the same answer after files move or change.
/// The same object drives a direct <c>nascar-dfs optimize</c> run.
/// </summary>
internal sealed record OptimizeJobConfig
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public string Kind { get; init; } = "optimize";

    public string Name { get; init; } = "Optimization";

    public required string Site { get; init; }

    public required string Scoring { get; init; }

    public string Objective { get; init; } = "projection";

    public int Lineups { get; init; } = PortfolioRequest.DefaultLineups;

    public ulong Seed { get; init; }

    public double Randomness { get; init; }

    public MissingProjectionPolicy MissingProjection { get; init; } = MissingProjectionPolicy.FileAverage;

    public PortfolioConstraints Constraints { get; init; } = new();

    public required SalaryFile Slate { get; init; }

    public ProjectionFile? Projections { get; init; }

    /// <summary>The race for simulation objectives (track or type, laps, date); null for <c>projection</c>.</summary>
    public RaceConfig? Race { get; init; }

    public int? Sims { get; init; }

    public double? Target { get; init; }
}
