using System.ComponentModel;
using NascarDfs.App.Cli.Jobs;
using NascarDfs.App.Evaluate;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// The options of an evaluation, alike for <c>nascar-dfs evaluate</c> (in the terminal) and <c>jobs submit evaluate</c>
/// (queued): one set of options, one mapping to <see cref="EvaluateArgs"/>, checked once by <see cref="EvaluateService.Check"/>.
/// </summary>
internal class EvaluateSettings : SubmitSettings
{
    [CommandOption("--logs <FILE>")]
    [Description("Loop-data race logs (race-logs.csv); a queued job embeds them as read now.")]
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

    [CommandOption("--sims-per-race <N>")]
    [Description("Calibration: simulations of each real race while fitting (default 20).")]
    public int? SimsPerRace { get; init; }

    [CommandOption("--reference <N>")]
    [Description("Also score the model against N windows of races drawn from the model itself (0–100, default 0): how often a perfect model meets each bar on a window this size.")]
    public int? Reference { get; init; }

    [CommandOption("--committed-calibration")]
    [Description("Skip the fitting and use the committed parameters (fast; in-sample for the races they were fitted on).")]
    public bool CommittedCalibration { get; init; }

    public override ValidationResult Validate() =>
        Logs is null || From is null ? ValidationResult.Error("An evaluation needs --logs FILE and --from YYYY-MM-DD.") : ValidationResult.Success();

    /// <summary>The evaluation these options ask for, with the race logs read now (not yet checked).</summary>
    public async Task<EvaluateArgs> ToArgsAsync(CancellationToken cancellationToken)
    {
        NascarDfs.Domain.Limits.InputLimits.CheckName(Name, "--name");
        var path = InputFiles.Require(Logs!, "--logs");
        var from = InputFiles.ParseDate(From!);
        return new EvaluateArgs
        {
            Name = Name ?? $"Evaluation from {from:yyyy-MM-dd}",
            LogsFileName = Path.GetFileName(path),
            Logs = await File.ReadAllTextAsync(path, cancellationToken),
            From = from,
            To = To is { } to ? InputFiles.ParseDate(to) : null,
            Sims = Sims ?? NascarDfs.Simulation.SimulationDefaults.Simulations,
            Seed = Seed ?? NascarDfs.Simulation.SimulationDefaults.Seed,
            SimsPerRace = SimsPerRace,
            CommittedCalibration = CommittedCalibration,
            ReferenceWindows = Reference ?? 0,
        };
    }
}
