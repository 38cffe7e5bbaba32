using System.ComponentModel;
using NascarDfs.App.Cli.Jobs;
using NascarDfs.Domain.Limits;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// The options that describe an optimization: shared by <c>optimize</c> and <c>jobs submit optimize|simulate</c>. They
/// derive from the submit options (database, name, priority) so the queued forms share them; a direct <c>optimize</c>
/// run opens no database and uses only the name (as the portfolio's title).
/// </summary>
internal class OptimizeSettings : RaceSettings
{
    [CommandOption("--slate <FILE>")]
    [Description("DraftKings salary CSV (DKSalaries.csv or entry template) or FanDuel player list.")]
    public string? Slate { get; init; }

    [CommandOption("--sample")]
    [Description("Use the bundled sample slate and projections (invented data).")]
    public bool Sample { get; init; }

    [CommandOption("--projections <FILE>")]
    [Description("Projections CSV (Id or Name, Projection, Start, StdDev, Ownership, MinExposure, MaxExposure, Lock, Exclude, Out).")]
    public string? Projections { get; init; }

    [CommandOption("--history <FILE>")]
    [Description("Without --projections: project from these race logs (race-logs.csv; races before --race-date, weighted to --track/--track-type). Without either, the salary file's average.")]
    public string? History { get; init; }

    [CommandOption("--starts <FILE>")]
    [Description("With --history: the starting grid (a CSV with Id or Name and Start).")]
    public string? Starts { get; init; }

    [CommandOption("--missing-projection <POLICY>")]
    [Description("Drivers missing from the projections file: file-average (default), zero or exclude.")]
    public string? MissingProjection { get; init; }

    [CommandOption("--site <SITE>")]
    [Description("draftkings or fanduel (detected from the file when omitted).")]
    public string? Site { get; init; }

    [CommandOption("--scoring <TABLE>")]
    [Description("draftkings, draftkings-legacy or fanduel (default: the site's current table, or the one in force on --race-date).")]
    public string? Scoring { get; init; }

    [CommandOption("--objective <OBJECTIVE>")]
    [Description("projection (default), sim-mean, target, optimal or coverage.")]
    public string? Objective { get; init; }

    [CommandOption("--lineups <N>")]
    [Description("Lineups to build (default 20).")]
    public int? Lineups { get; init; }

    [CommandOption("--min-salary <S>")]
    public int? MinSalary { get; init; }

    [CommandOption("--max-salary <S>")]
    public int? MaxSalary { get; init; }

    [CommandOption("--min-exposure <PCT>")]
    [Description("Global minimum exposure, percent of lineups.")]
    public double? MinExposure { get; init; }

    [CommandOption("--max-exposure <PCT>")]
    [Description("Global maximum exposure, percent of lineups.")]
    public double? MaxExposure { get; init; }

    [CommandOption("--max-repeating <K>")]
    [Description("At most K drivers shared between any two lineups.")]
    public int? MaxRepeating { get; init; }

    [CommandOption("--lock <ID|NAME>")]
    [Description("Driver in every lineup (repeatable).")]
    public string[] Lock { get; init; } = [];

    [CommandOption("--exclude <ID|NAME>")]
    [Description("Driver in no lineup (repeatable).")]
    public string[] Exclude { get; init; } = [];

    [CommandOption("--randomness <PCT>")]
    [Description("Noise on projections: normal with standard deviation PCT% of the projection (or of StdDev). Default 0.")]
    public double? Randomness { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the noise (drawn and reported when omitted).")]
    public ulong? Seed { get; init; }

    [CommandOption("--constraints <FILE>")]
    [Description("JSON file with every constraint (see README); flags override its fields.")]
    public string? Constraints { get; init; }

    [CommandOption("--sims <N>")]
    [Description("Simulated races (simulation objectives).")]
    public int? Sims { get; init; }

    [CommandOption("--contest <FILE|NAME>")]
    [Description("The contest of --objective roi: contest JSON/CSV, text copied from the site, or a bundled example (example-large-gpp, example-small-gpp, example-double-up).")]
    public string? Contest { get; init; }

    [CommandOption("--field-seed <N>")]
    [Description("Seed of the contest's field (--objective roi; default fixed).")]
    public ulong? FieldSeed { get; init; }

    [CommandOption("--target <X>")]
    [Description("Target score for target/coverage (default: 90% of the median simulated optimal score).")]
    public double? Target { get; init; }

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } race) return race;
        if (Sample && Slate is not null) return ValidationResult.Error("Use either --sample or --slate, not both.");
        if (!Sample && Slate is null) return ValidationResult.Error("Give a slate with --slate FILE, or use --sample.");
        if (Scoring is not null && RaceDate is not null) return ValidationResult.Error("Use either --scoring or --race-date, not both.");
        if (Lineups is < 1 or > InputLimits.LineupsPerRequest)
        {
            return ValidationResult.Error($"--lineups must be 1–{InputLimits.LineupsPerRequest}, not {Lineups:N0}.");
        }

        if (Randomness is < 0 or > 100 || Randomness is { } r && !double.IsFinite(r))
        {
            return ValidationResult.Error($"--randomness is a percentage of the projection, 0–100, not {Randomness}.");
        }

        if (!IsPercent(MinExposure)) return ValidationResult.Error($"--min-exposure is a percentage of lineups, 0–100, not {MinExposure}.");
        if (!IsPercent(MaxExposure)) return ValidationResult.Error($"--max-exposure is a percentage of lineups, 0–100, not {MaxExposure}.");
        if (MinSalary is < 0) return ValidationResult.Error($"--min-salary must not be negative, not {MinSalary}.");
        if (MaxSalary is < 0) return ValidationResult.Error($"--max-salary must not be negative, not {MaxSalary}.");
        if (MaxRepeating is < 0) return ValidationResult.Error($"--max-repeating must not be negative, not {MaxRepeating}.");
        if (Sims is < 1 or > InputLimits.SimulationsPerRequest)
        {
            return ValidationResult.Error($"--sims must be 1–{InputLimits.SimulationsPerRequest:N0}, not {Sims:N0}.");
        }
        return ValidationResult.Success();
    }

    private static bool IsPercent(double? value) => value is null || (double.IsFinite(value.Value) && value.Value is >= 0 and <= 100);
}
