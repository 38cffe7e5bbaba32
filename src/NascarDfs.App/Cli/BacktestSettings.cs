using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>The options of <c>nascar-dfs backtest</c>.</summary>
internal sealed class BacktestSettings : CommandSettings
{
    [CommandOption("--slate <FILE>")]
    [Description("A past race's salary file, repeatable. The race date is FILE@YYYY-MM-DD, else the file name's leading YYYY-MM-DD, else --race-date (one slate).")]
    public string[] Slate { get; init; } = [];

    [CommandOption("--projections <FILE>")]
    [Description("Projections as they were before the race (one slate only). Without it: --history, else the salary file's average.")]
    public string? Projections { get; init; }

    [CommandOption("--history <FILE>")]
    [Description("Project each slate from these race logs (races before each race only; usually the --logs file).")]
    public string? History { get; init; }

    [CommandOption("--logs <FILE>")]
    [Description("Race logs with the real results (race-logs.csv).")]
    public string? Logs { get; init; }

    [CommandOption("--race-date <DATE>")]
    [Description("Race date YYYY-MM-DD of a single slate whose file name carries none.")]
    public string? RaceDate { get; init; }

    [CommandOption("--lineups <N>")]
    [Description("Lineups per objective (default 20).")]
    public int? Lineups { get; init; }

    [CommandOption("--sims <N>")]
    [Description("Simulated races for the simulation objectives (default 10,000).")]
    public int? Sims { get; init; }

    [CommandOption("--seed <N>")]
    [Description("First simulation seed (default 1); the seeds are N, N+1, ...")]
    public ulong? Seed { get; init; }

    [CommandOption("--seeds <K>")]
    [Description("Seeds per simulation objective, for the spread (default 3, 1–20).")]
    public int? Seeds { get; init; }

    [CommandOption("--random-lineups <N>")]
    [Description("Random legal lineups per slate for the percentiles (default 20,000; 100–1,000,000).")]
    public int? RandomLineups { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Write the whole result as JSON.")]
    public string? Json { get; init; }

    public override ValidationResult Validate()
    {
        if (Lineups is < 1 or > NascarDfs.Domain.Limits.InputLimits.LineupsPerRequest)
        {
            return ValidationResult.Error($"--lineups must be 1–{NascarDfs.Domain.Limits.InputLimits.LineupsPerRequest}, not {Lineups}.");
        }

        if (Sims is < 1 or > NascarDfs.Domain.Limits.InputLimits.SimulationsPerRequest)
        {
            return ValidationResult.Error($"--sims must be 1–{NascarDfs.Domain.Limits.InputLimits.SimulationsPerRequest:N0}, not {Sims:N0}.");
        }

        if (Seeds is < 1 or > 20) return ValidationResult.Error($"--seeds must be 1–20, not {Seeds}.");
        if (RandomLineups is < 100 or > 1_000_000) return ValidationResult.Error($"--random-lineups must be 100–1,000,000, not {RandomLineups:N0}.");
        return ValidationResult.Success();
    }
}
