using System.ComponentModel;
using NascarDfs.Domain.Limits;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>The options of <c>nascar-dfs simulate</c> (SPEC §5, issue 5's command line).</summary>
internal sealed class SimulateSettings : RaceSettings
{
    [CommandOption("--slate <FILE>")]
    [Description("DraftKings salary CSV or FanDuel player list.")]
    public string? Slate { get; init; }

    [CommandOption("--projections <FILE>")]
    [Description("Projections CSV (Projection, Start, StdDev, Out...). Without it: --history, else the salary file's average.")]
    public string? Projections { get; init; }

    [CommandOption("--history <FILE>")]
    [Description("Without --projections: project from these race logs (race-logs.csv; races before --race-date, weighted to --track/--track-type). Without either, the salary file's average.")]
    public string? History { get; init; }

    [CommandOption("--starts <FILE>")]
    [Description("With --history: the starting grid (a CSV with Id or Name and Start).")]
    public string? Starts { get; init; }

    [CommandOption("--site <SITE>")]
    [Description("draftkings or fanduel (detected from the file when omitted).")]
    public string? Site { get; init; }

    [CommandOption("--scoring <TABLE>")]
    [Description("draftkings, draftkings-legacy or fanduel (default: the site's table in force on --race-date, else today's).")]
    public string? Scoring { get; init; }

    [CommandOption("--sims <N>")]
    [Description("Simulated races (default 10,000).")]
    public int? Sims { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seed (default fixed: the same command gives the same races).")]
    public ulong? Seed { get; init; }

    [CommandOption("--calibration <FILE>")]
    [Description("Model parameters written by `calibrate --out` (default: the committed ones).")]
    public string? Calibration { get; init; }

    [CommandOption("--dump-races <N>")]
    [Description("Print (or, with --json, include) the full detail of the first N races.")]
    public int? DumpRaces { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Write driver summaries, fit and dumped races as JSON.")]
    public string? Json { get; init; }

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } race) return race;
        if (Sims is < 1 or > InputLimits.SimulationsPerRequest)
        {
            return ValidationResult.Error($"--sims must be 1–{InputLimits.SimulationsPerRequest:N0}, not {Sims:N0}.");
        }

        if (DumpRaces is < 0) return ValidationResult.Error($"--dump-races must not be negative, not {DumpRaces}.");
        return RefuseQueueOptions("simulate");
    }
}
