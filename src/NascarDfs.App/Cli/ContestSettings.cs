using System.ComponentModel;
using NascarDfs.Domain.Limits;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>The options of <c>nascar-dfs contest</c> (issue 10): a finished portfolio against a simulated field.</summary>
internal sealed class ContestSettings : RaceSettings
{
    [CommandOption("--slate <FILE>")]
    [Description("DraftKings salary CSV or FanDuel player list (default with --job: the job's slate).")]
    public string? Slate { get; init; }

    [CommandOption("--projections <FILE>")]
    [Description("Projections CSV with an Ownership column (percent of lineups); without Ownership the field follows an estimate.")]
    public string? Projections { get; init; }

    [CommandOption("--site <SITE>")]
    [Description("draftkings or fanduel (detected from the file when omitted).")]
    public string? Site { get; init; }

    [CommandOption("--contest <FILE|NAME>")]
    [Description("Contest JSON/CSV, text copied from the site, or a bundled example: example-large-gpp, example-small-gpp, example-double-up.")]
    public string? Contest { get; init; }

    [CommandOption("--lineups <FILE>")]
    [Description("The portfolio as the site's upload CSV (what optimize --out writes).")]
    public string? Lineups { get; init; }

    [CommandOption("--job <ID>")]
    [Description("A finished optimize job whose lineups to enter (instead of --lineups).")]
    public string? Job { get; init; }

    [CommandOption("--scoring <TABLE>")]
    [Description("draftkings, draftkings-legacy or fanduel (default: the site's table in force on --race-date).")]
    public string? Scoring { get; init; }

    [CommandOption("--sims <N>")]
    [Description("Simulated races (default 10,000).")]
    public int? Sims { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Race simulation seed (default fixed).")]
    public ulong? Seed { get; init; }

    [CommandOption("--field-seed <N>")]
    [Description("Field seed (default fixed: the same command draws the same field).")]
    public ulong? FieldSeed { get; init; }

    [CommandOption("--json <FILE>")]
    [Description("Write the whole result (per lineup, portfolio, histogram, leverage) as JSON.")]
    public string? Json { get; init; }

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } race) return race;
        if (Sims is < 1 or > InputLimits.SimulationsPerRequest) return ValidationResult.Error($"--sims must be 1–{InputLimits.SimulationsPerRequest:N0}, not {Sims:N0}.");
        if (Contest is null) return ValidationResult.Error("--contest FILE|NAME is required.");
        if ((Lineups is null) == (Job is null)) return ValidationResult.Error("Give the portfolio: --lineups upload.csv or --job ID (one of them).");
        if (Slate is null && Job is null) return ValidationResult.Error("--slate FILE is required.");
        return ValidationResult.Success();
    }
}
