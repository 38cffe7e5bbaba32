using System.Text.Json.Serialization;
using NascarDfs.App.JobHandlers;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Simulation.Gpu;

namespace NascarDfs.App.Optimize;

/// <summary>
/// An optimize job's config as stored and as <c>POST /api/jobs</c> takes it. Schema v1 is the shape the first release
/// wrote (<c>kind</c> included, which the job row now carries); a reader of a newer version refuses it with a sentence.
/// </summary>
internal sealed record OptimizeArgsDocument : IArgsDocument<OptimizeArgsDocument, OptimizeArgs>
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>v1 wrote the kind here too; kept for the readers of old rows, never trusted over the job's own kind.</summary>
    public string? Kind { get; init; }

    public string Name { get; init; } = "Optimization";

    public required string Site { get; init; }

    public required string Scoring { get; init; }

    public string Objective { get; init; } = Optimize.Objective.Projection.Name();

    public int Lineups { get; init; } = NascarDfs.Optimization.Portfolio.PortfolioRequest.DefaultLineups;

    public ulong Seed { get; init; }

    /// <summary>"auto" (absent), "cpu" or "gpu".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Device { get; init; }

    public double Randomness { get; init; }

    public string MissingProjection { get; init; } = StoredNames.Of(NascarDfs.Domain.Slates.MissingProjectionPolicy.FileAverage);

    public ConstraintsDocument Constraints { get; init; } = new();

    public required SalaryFileDocument Slate { get; init; }

    public ProjectionFileDocument? Projections { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProjectionSourceDocument? ProjectionSource { get; init; }

    /// <summary>Submitted only: project the slate from race logs on the server (never stored; the rows and source are).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HistoryRequestDocument? History { get; init; }

    public RaceDocument? Race { get; init; }

    public int? Sims { get; init; }

    public double? Target { get; init; }

    /// <summary>The contest of a <c>roi</c> portfolio (absent for every other objective; optional, so v1 rows still read).</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public NascarDfs.App.Contests.ContestDocument? Contest { get; init; }

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public ulong? FieldSeed { get; init; }

    public static OptimizeArgsDocument From(OptimizeArgs args) => new()
    {
        Kind = OptimizeArgs.Kind,
        Name = args.Name,
        Site = args.Site.Name,
        Scoring = args.Scoring.Name,
        Objective = args.Objective.Name(),
        Lineups = args.Lineups,
        Seed = args.Seed,
        Device = args.Device == SimulationDevice.Auto ? null : StoredNames.Of(args.Device),
        Randomness = args.Randomness,
        MissingProjection = StoredNames.Of(args.MissingProjection),
        Constraints = ConstraintsDocument.From(args.Constraints),
        Slate = SalaryFileDocument.From(args.Slate),
        Projections = args.Projections is { } p ? ProjectionFileDocument.From(p) : null,
        ProjectionSource = args.ProjectionSource is { } source ? ProjectionSourceDocument.From(source) : null,
        Race = args.Race is { } r ? RaceDocument.From(r) : null,
        Sims = args.Objective.IsSimulated() ? args.Sims : null,
        Target = args.Target,
        Contest = args.Contest is { } c ? NascarDfs.App.Contests.ContestDocument.From(c) : null,
        FieldSeed = args.Contest is null ? null : args.FieldSeed,
    };

    public OptimizeArgs ToArgs()
    {
        var fromHistory = History?.Resolve(Slate.ToDomain(), ScoringTables.Parse(Scoring), Projections, Race);
        return new()
        {
            Name = Name,
            Site = SiteRegistry.Parse(Site),
            Scoring = ScoringTables.Parse(Scoring),
            Objective = ObjectiveNames.Parse(Objective),
            Lineups = Lineups,
            Seed = Seed,
            Device = StoredNames.ToDevice(Device),
            Randomness = Randomness,
            MissingProjection = StoredNames.ToPolicy(MissingProjection),
            Constraints = Constraints.ToDomain(),
            Slate = Slate.ToDomain(),
            Projections = fromHistory?.File ?? Projections?.ToDomain(),
            ProjectionSource = fromHistory?.Source ?? ProjectionSource?.ToDomain(),
            Race = Race?.ToArgs(),
            Sims = Sims ?? NascarDfs.Simulation.SimulationDefaults.Simulations,
            Target = Target,
            Contest = Contest?.ToDomain(),
            FieldSeed = FieldSeed ?? NascarDfs.Contests.Field.FieldDefaults.Seed,
        };
    }
}
