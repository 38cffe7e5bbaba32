using System.Text.Json;
using System.Text.Json.Serialization;
using NascarDfs.App.JobHandlers;
using NascarDfs.App.JobHandlers.Documents;
using NascarDfs.Domain.Scoring;
using NascarDfs.Domain.Sites;
using NascarDfs.Simulation.Gpu;

namespace NascarDfs.App.Simulate;

/// <summary>
/// A simulate job's config as stored and as <c>POST /api/jobs</c> takes it (schema v1). The first release wrote simulate
/// jobs in the optimize config's shape, so the optimize-only fields are accepted and ignored (and no longer written).
/// </summary>
internal sealed record SimulateArgsDocument : IArgsDocument<SimulateArgsDocument, SimulateArgs>
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public string? Kind { get; init; }

    public string Name { get; init; } = "Simulation";

    public required string Site { get; init; }

    public required string Scoring { get; init; }

    public ulong Seed { get; init; }

    /// <summary>"auto" (absent), "cpu" or "gpu".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Device { get; init; }

    public string MissingProjection { get; init; } = StoredNames.Of(NascarDfs.Domain.Slates.MissingProjectionPolicy.FileAverage);

    public required SalaryFileDocument Slate { get; init; }

    public ProjectionFileDocument? Projections { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProjectionSourceDocument? ProjectionSource { get; init; }

    /// <summary>Submitted only: project the slate from race logs on the server (never stored; the rows and source are).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public HistoryRequestDocument? History { get; init; }

    public RaceDocument? Race { get; init; }

    public int? Sims { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Objective { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Lineups { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Randomness { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Constraints { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Target { get; init; }

    public static SimulateArgsDocument From(SimulateArgs args) => new()
    {
        Kind = SimulateArgs.Kind,
        Name = args.Name,
        Site = args.Site.Name,
        Scoring = args.Scoring.Name,
        Seed = args.Seed,
        Device = args.Device == SimulationDevice.Auto ? null : StoredNames.Of(args.Device),
        MissingProjection = StoredNames.Of(args.MissingProjection),
        Slate = SalaryFileDocument.From(args.Slate),
        Projections = args.Projections is { } p ? ProjectionFileDocument.From(p) : null,
        ProjectionSource = args.ProjectionSource is { } source ? ProjectionSourceDocument.From(source) : null,
        Race = RaceDocument.From(args.Race),
        Sims = args.Sims,
    };

    public SimulateArgs ToArgs()
    {
        var fromHistory = History?.Resolve(Slate.ToDomain(), ScoringTables.Parse(Scoring), Projections, Race);
        return new()
        {
            Name = Name,
            Site = SiteRegistry.Parse(Site),
            Scoring = ScoringTables.Parse(Scoring),
            Race = Race?.ToArgs() ?? throw new ArgumentException("A simulation needs the race: give --track NAME or --track-type TYPE (and --laps L)."),
            Sims = Sims ?? NascarDfs.Simulation.SimulationDefaults.Simulations,
            Seed = Seed,
            Device = StoredNames.ToDevice(Device),
            MissingProjection = StoredNames.ToPolicy(MissingProjection),
            Slate = Slate.ToDomain(),
            Projections = fromHistory?.File ?? Projections?.ToDomain(),
            ProjectionSource = fromHistory?.Source ?? ProjectionSource?.ToDomain(),
        };
    }
}
