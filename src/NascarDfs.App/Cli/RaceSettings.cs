using System.ComponentModel;
using NascarDfs.App.Cli.Jobs;
using NascarDfs.Domain.Limits;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// The race and where to simulate it: the options <c>simulate</c>, <c>optimize</c>, <c>contest</c> and their
/// <c>jobs submit</c> forms share, defined once. Spectre.Console.Cli composes options by inheritance only, so this sits on
/// the submit options (database, name, priority): the direct commands run in the terminal, use none of those and refuse
/// them (<see cref="SubmitSettings.RefuseQueueOptions"/>).
/// </summary>
internal abstract class RaceSettings : SubmitSettings
{
    [CommandOption("--track <NAME>")]
    [Description("Track name or alias (Daytona, Phoenix, ISM Raceway, Charlotte Roval...): the race to simulate (optimize: for the simulation objectives).")]
    public string? Track { get; init; }

    [CommandOption("--track-type <TYPE>")]
    [Description("superspeedway, intermediate, short-track, road-course or dirt.")]
    public string? TrackType { get; init; }

    [CommandOption("--laps <L>")]
    [Description("Scheduled laps (default: the track type's typical race).")]
    public int? Laps { get; init; }

    [CommandOption("--race-date <DATE>")]
    [Description("Race date YYYY-MM-DD: picks the scoring table in force that day and the track's type on that day.")]
    public string? RaceDate { get; init; }

    [CommandOption("--device <DEVICE>")]
    [Description("Where to simulate the races: auto (a CUDA/OpenCL GPU when present, else the CPU; default), cpu or gpu.")]
    public string? Device { get; init; }

    [CommandOption("--prefer-gpu")]
    [Description("Queued jobs: run on a worker with a GPU when one is connected (else on any worker, never waiting for one); with --device auto or gpu.")]
    public bool PreferGpu { get; init; }

    public override ValidationResult Validate()
    {
        if (Laps is < 1 or > InputLimits.RaceLaps) return ValidationResult.Error($"--laps must be 1–{InputLimits.RaceLaps:N0}, not {Laps}.");
        if (PreferGpu && Device?.Trim().Equals("cpu", StringComparison.OrdinalIgnoreCase) == true)
        {
            return ValidationResult.Error("--prefer-gpu asks for a worker's GPU to run the races, so it cannot go with --device cpu (use --device auto or gpu).");
        }

        return ValidationResult.Success();
    }
}
