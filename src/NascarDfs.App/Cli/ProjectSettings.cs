using System.ComponentModel;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>The options of <c>nascar-dfs project</c>.</summary>
internal sealed class ProjectSettings : CommandSettings
{
    [CommandOption("--slate <FILE>")]
    [Description("DraftKings salary CSV or FanDuel player list: the drivers to project.")]
    public string? Slate { get; init; }

    [CommandOption("--logs <FILE>")]
    [Description("Loop-data race logs (race-logs.csv); only races before --race-date are read.")]
    public string? Logs { get; init; }

    [CommandOption("--track <NAME>")]
    [Description("The race's track (name or alias): its earlier races and its type's weigh more.")]
    public string? Track { get; init; }

    [CommandOption("--track-type <TYPE>")]
    [Description("Or the race's type: superspeedway, intermediate, short-track, road-course or dirt.")]
    public string? TrackType { get; init; }

    [CommandOption("--race-date <DATE>")]
    [Description("Race date YYYY-MM-DD (required): history before it only, and the scoring table in force on it.")]
    public string? RaceDate { get; init; }

    [CommandOption("--starts <FILE>")]
    [Description("The starting grid: a CSV with Id or Name and Start (a projections file with Start works too).")]
    public string? Starts { get; init; }

    [CommandOption("--scoring <TABLE>")]
    [Description("draftkings, draftkings-legacy or fanduel (default: the site's table in force on --race-date).")]
    public string? Scoring { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Write the projections CSV (Id, Name, Projection, StdDev, Start, Races, EffectiveRaces): a --projections file for every command.")]
    public string? Out { get; init; }
}
