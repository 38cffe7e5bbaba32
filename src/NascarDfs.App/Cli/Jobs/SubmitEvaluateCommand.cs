using System.ComponentModel;
using NascarDfs.App.Evaluate;
using NascarDfs.App.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs submit evaluate --logs FILE --from DATE [--to DATE] [--sims N] [--seed N]</c>: a queued evaluation.</summary>
internal sealed class SubmitEvaluateCommand : JobsCommand<SubmitEvaluateCommand.Settings>
{
    internal sealed class Settings : SubmitSettings
    {
        [CommandOption("--logs <FILE>")]
        [Description("Loop-data race logs (race-logs.csv); read now and embedded in the job.")]
        public string? Logs { get; init; }

        [CommandOption("--from <DATE>")]
        [Description("First race date of the held-out window, YYYY-MM-DD (calibrated on races before it only).")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last race date of the window (default: the end of the logs).")]
        public string? To { get; init; }

        [CommandOption("--sims <N>")]
        [Description("Simulated races per real race (default 10,000; at least 100).")]
        public int? Sims { get; init; }

        [CommandOption("--seed <N>")]
        [Description("Seed (default fixed).")]
        public ulong? Seed { get; init; }

        [CommandOption("--sims-per-race <N>")]
        [Description("Simulated races per real race while calibrating (default: the calibrator's).")]
        public int? SimsPerRace { get; init; }

        [CommandOption("--committed-calibration")]
        [Description("Skip the fitting and use the committed parameters (fast; in-sample for the races they were fitted on).")]
        public bool CommittedCalibration { get; init; }

        public override ValidationResult Validate() =>
            Logs is null || From is null ? ValidationResult.Error("jobs submit evaluate needs --logs FILE and --from YYYY-MM-DD.") : ValidationResult.Success();
    }

    protected override async Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        NascarDfs.Domain.Limits.InputLimits.CheckName(settings.Name, "--name");
        var path = InputFiles.Require(settings.Logs!, "--logs");
        var from = InputFiles.ParseDate(settings.From!);
        var args = new EvaluateArgs
        {
            Name = settings.Name ?? $"Evaluation from {from:yyyy-MM-dd}",
            LogsFileName = Path.GetFileName(path),
            Logs = await File.ReadAllTextAsync(path, cancellationToken),
            From = from,
            To = settings.To is { } to ? InputFiles.ParseDate(to) : null,
            Sims = settings.Sims ?? NascarDfs.Simulation.SimulationDefaults.Simulations,
            Seed = settings.Seed ?? NascarDfs.Simulation.SimulationDefaults.Seed,
            SimsPerRace = settings.SimsPerRace,
            CommittedCalibration = settings.CommittedCalibration,
        };
        var problems = EvaluateService.Check(args);
        if (problems.Count > 0) return CliErrors.Fail(string.Join(" ", problems));
        var job = await new EvaluateService(jobs.Service).SubmitAsync(args, priority: settings.Priority, cancellationToken: cancellationToken);
        return await JobSubmitter.ReportAsync(jobs, [job], cancellationToken);
    }
}
