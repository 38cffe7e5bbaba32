using System.ComponentModel;
using System.Text.Json;
using NascarDfs.App.Evaluate;
using NascarDfs.App.Services;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs evaluate</c>: the simulator scored out of sample on a window of real races, beside a normal
/// baseline, in the terminal through the evaluate job's own check and options.</summary>
internal sealed class EvaluateCommand : AsyncCommand<EvaluateCommand.Settings>
{
    public sealed class Settings : EvaluateSettings
    {
        [CommandOption("--calibration <FILE>")]
        [Description("Use these parameters as they are instead of fitting on the races before --from (fast, but a file fitted on the window is in-sample).")]
        public string? Calibration { get; init; }

        [CommandOption("--json <FILE>")]
        [Description("Also write the full report (every race, every score) as JSON.")]
        public string? Json { get; init; }

        public override ValidationResult Validate() =>
            base.Validate() is { Successful: false } invalid ? invalid : RefuseQueueOptions("evaluate");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var interrupt = new InterruptScope(cancellationToken);
        cancellationToken = interrupt.Token;
        return await CliErrors.RunAsync(async () =>
        {
            var args = await settings.ToArgsAsync(cancellationToken);
            var problems = EvaluateService.Check(args, out var log);
            if (problems.Count > 0 || log is null) return CliErrors.Fail(string.Join(" ", problems));
            var options = EvaluateRunner.Options(args);
            if (settings.Calibration is { } c) options = options with { Calibration = CalibrationParameters.Load(InputFiles.Require(c, "--calibration")) };
            var report = await Task.Run(() => TerminalProgress.Run("Evaluating", (EvaluationProgress p) => (p.Percent, p.Message),
                progress => RaceEvaluator.Run(log, options, progress, cancellationToken)), cancellationToken);
            EvaluationPrinter.Print(report);
            if (settings.Json is { } path)
            {
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, AppJson.Indented), cancellationToken);
                AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/]");
            }

            return CliErrors.Ok;
        });
    }
}
