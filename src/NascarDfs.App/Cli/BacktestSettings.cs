using System.ComponentModel;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>The options of <c>nascar-dfs backtest</c>.</summary>
internal sealed class BacktestSettings : CommandSettings
{
    [CommandOption("--slate <FILE>")]
    [Description("The past race's salary file (e.g. the 2019 Daytona 500 DKSalaries.csv).")]
    public string? Slate { get; init; }

    [CommandOption("--projections <FILE>")]
    [Description("Projections as they were before the race (default: the salary file's averages).")]
    public string? Projections { get; init; }

    [CommandOption("--logs <FILE>")]
    [Description("Race logs with the real results (race-logs.csv).")]
    public string? Logs { get; init; }

    [CommandOption("--race-date <DATE>")]
    [Description("Race date YYYY-MM-DD: picks the real Cup race and the scoring table in force.")]
    public string? RaceDate { get; init; }

    [CommandOption("--lineups <N>")]
    [Description("Lineups per objective (default 20).")]
    public int? Lineups { get; init; }

    [CommandOption("--sims <N>")]
    [Description("Simulated races for the simulation objectives (default 10,000).")]
    public int? Sims { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Simulation seed (default fixed).")]
    public ulong? Seed { get; init; }
}
