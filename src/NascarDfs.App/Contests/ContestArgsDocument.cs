using NascarDfs.App.JobHandlers;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;

namespace NascarDfs.App.Contests;

/// <summary>A contest job's config as stored and as <c>POST /api/jobs</c> takes it (schema v1).</summary>
internal sealed record ContestArgsDocument : IArgsDocument<ContestArgsDocument, ContestArgs>
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public string Name { get; init; } = "Contest";

    public required string Site { get; init; }

    public required string Scoring { get; init; }

    public required ContestDocument Contest { get; init; }

    public required IReadOnlyList<LineupDocument> Lineups { get; init; }

    public required RaceDocument Race { get; init; }

    public int? Sims { get; init; }

    public ulong Seed { get; init; } = NascarDfs.Simulation.SimulationDefaults.Seed;

    public ulong FieldSeed { get; init; } = NascarDfs.Contests.Field.FieldDefaults.Seed;

    /// <summary>"auto" (absent), "cpu" or "gpu".</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Device { get; init; }

    public string MissingProjection { get; init; } = StoredNames.Of(NascarDfs.Domain.Slates.MissingProjectionPolicy.FileAverage);

    public required SalaryFileDocument Slate { get; init; }

    public ProjectionFileDocument? Projections { get; init; }

    public string? SourceJob { get; init; }

    public IReadOnlyList<string>? Notes { get; init; }

    public static ContestArgsDocument From(ContestArgs args) => new()
    {
        Name = args.Name,
        Site = args.Site.Name,
        Scoring = args.Scoring.Name,
        Contest = ContestDocument.From(args.Contest),
        Lineups = [.. args.Lineups.Select(LineupDocument.From)],
        Race = RaceDocument.From(args.Race),
        Sims = args.Sims,
        Seed = args.Seed,
        FieldSeed = args.FieldSeed,
        Device = args.Device == NascarDfs.Simulation.Gpu.SimulationDevice.Auto ? null : StoredNames.Of(args.Device),
        MissingProjection = StoredNames.Of(args.MissingProjection),
        Slate = SalaryFileDocument.From(args.Slate),
        Projections = args.Projections is { } p ? ProjectionFileDocument.From(p) : null,
        SourceJob = args.SourceJob,
        Notes = args.Notes.Count > 0 ? args.Notes : null,
    };

    public ContestArgs ToArgs() => new()
    {
        Name = Name,
        Site = SiteRegistry.Parse(Site),
        Scoring = ScoringTables.Parse(Scoring),
        Contest = Contest.ToDomain(),
        Lineups = [.. (Lineups ?? []).Select(l => l.ToDomain())],
        Race = Race?.ToArgs() ?? throw new ArgumentException("A contest needs the race: give --track NAME or --track-type TYPE (and --laps L)."),
        Sims = Sims ?? NascarDfs.Simulation.SimulationDefaults.Simulations,
        Seed = Seed,
        FieldSeed = FieldSeed,
        Device = StoredNames.ToDevice(Device),
        MissingProjection = StoredNames.ToPolicy(MissingProjection),
        Slate = Slate.ToDomain(),
        Projections = Projections?.ToDomain(),
        SourceJob = SourceJob,
        Notes = Notes ?? [],
    };
}
