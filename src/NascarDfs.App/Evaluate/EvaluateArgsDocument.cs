using System.Globalization;
using NascarDfs.App.JobHandlers;

namespace NascarDfs.App.Evaluate;

/// <summary>An evaluate job's config as stored and as <c>POST /api/jobs</c> takes it (schema v1); dates are YYYY-MM-DD.</summary>
internal sealed record EvaluateArgsDocument : IArgsDocument<EvaluateArgsDocument, EvaluateArgs>
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public string? Kind { get; init; }

    public string Name { get; init; } = "Evaluation";

    public string LogsFileName { get; init; } = "race-logs.csv";

    public required string Logs { get; init; }

    public required string FromDate { get; init; }

    public string? ToDate { get; init; }

    public int? Sims { get; init; }

    public ulong? Seed { get; init; }

    public int? SimsPerRace { get; init; }

    public bool CommittedCalibration { get; init; }

    public int? ReferenceWindows { get; init; }

    public static EvaluateArgsDocument From(EvaluateArgs args) => new()
    {
        Kind = EvaluateArgs.Kind,
        Name = args.Name,
        LogsFileName = args.LogsFileName,
        Logs = args.Logs,
        FromDate = args.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ToDate = args.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Sims = args.Sims,
        Seed = args.Seed,
        SimsPerRace = args.SimsPerRace,
        CommittedCalibration = args.CommittedCalibration,
        ReferenceWindows = args.ReferenceWindows,
    };

    public EvaluateArgs ToArgs() => new()
    {
        Name = Name,
        LogsFileName = LogsFileName,
        Logs = Logs,
        From = Date(FromDate, "fromDate"),
        To = ToDate is null ? null : Date(ToDate, "toDate"),
        Sims = Sims ?? NascarDfs.Simulation.SimulationDefaults.Simulations,
        Seed = Seed ?? NascarDfs.Simulation.SimulationDefaults.Seed,
        SimsPerRace = SimsPerRace,
        CommittedCalibration = CommittedCalibration,
        ReferenceWindows = ReferenceWindows ?? 0,
    };

    private static DateOnly Date(string text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArgumentException($"The config's '{field}' must be a date in the form YYYY-MM-DD, not '{text}'.");
}
