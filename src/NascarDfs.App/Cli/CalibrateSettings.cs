using System.ComponentModel;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>The options of <c>nascar-dfs calibrate</c>.</summary>
internal sealed class CalibrateSettings : CommandSettings
{
    [CommandOption("--logs <FILE>")]
    [Description("Loop-data race logs (race-logs.csv: driver, date, series, track, start, finish, laps led, fastest laps, status...).")]
    public string? Logs { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Fit the model on the Cup races of --logs and write the parameters here (JSON).")]
    public string? Out { get; init; }

    [CommandOption("--report")]
    [Description("Print simulated vs real metrics per track type (of the new fit, or of --calibration / the committed parameters).")]
    public bool Report { get; init; }

    [CommandOption("--calibration <FILE>")]
    [Description("Parameters to report on (default: the committed ones).")]
    public string? Calibration { get; init; }

    [CommandOption("--before <DATE>")]
    [Description("Fit (and report) on races before this date only (yyyy-MM-dd), as the evaluation does.")]
    public string? Before { get; init; }

    [CommandOption("--half-life <YEARS>")]
    [Description("Recency weighting: a race's weight halves every YEARS years before the latest race used (default 3; 0: none).")]
    public double? HalfLife { get; init; }

    [CommandOption("--sims-per-race <N>")]
    [Description("Simulations of each real race (default 20).")]
    public int? SimsPerRace { get; init; }
}
