using System.ComponentModel;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>The options of <c>nascar-dfs evaluate</c>.</summary>
internal sealed class EvaluateSettings : CommandSettings
{
    [CommandOption("--logs <FILE>")]
    [Description("Loop-data race logs (race-logs.csv).")]
    public string? Logs { get; init; }

    [CommandOption("--from <DATE>")]
    [Description("First race date of the held-out window, YYYY-MM-DD. The model is calibrated on races before it only.")]
    public string? From { get; init; }

    [CommandOption("--to <DATE>")]
    [Description("Last race date of the window (default: the end of the logs).")]
    public string? To { get; init; }

    [CommandOption("--sims <N>")]
    [Description("Simulated races per real race (default 10,000; at least 100).")]
    public int? Sims { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seed (default fixed); each race's seed is derived from it and the race date.")]
    public ulong? Seed { get; init; }

    [CommandOption("--calibration <FILE>")]
    [Description("Use these parameters as they are instead of fitting on the races before --from (fast, but a file fitted on the window is in-sample).")]
    public string? Calibration { get; init; }

    [CommandOption("--sims-per-race <N>")]
    [Description("Calibration: simulations of each real race while fitting (default 20).")]
    public int? SimsPerRace { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Also write the full report (every race, every score) as JSON.")]
    public string? Json { get; init; }
}
