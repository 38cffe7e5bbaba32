using System.Text.Json;
using NascarDfs.App.Services;
using NascarDfs.Simulation;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Evaluation;
using NascarDfs.Simulation.RaceLogs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary><c>nascar-dfs evaluate</c>: the simulator scored out of sample on a window of real races, beside a normal baseline.</summary>
internal sealed class EvaluateCommand : AsyncCommand<EvaluateSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, EvaluateSettings settings, CancellationToken cancellationToken)
    {
        using var interrupt = new InterruptScope(cancellationToken);
        cancellationToken = interrupt.Token;
        return await CliErrors.RunAsync(async () =>
        {
            var options = CreateOptions(settings);
            var log = RaceLog.Read(InputFiles.Require(settings.Logs!, "--logs"));
            var report = await Task.Run(() => Run(log, options, cancellationToken), cancellationToken);
            EvaluationPrinter.Print(report);
            if (settings.Json is { } path)
            {
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, AppJson.Indented), cancellationToken);
                AnsiConsole.MarkupLine($"Wrote [bold]{Markup.Escape(path)}[/]");
            }

            return CliErrors.Ok;
        });
    }

    internal static EvaluationOptions CreateOptions(EvaluateSettings settings)
    {
        if (settings.Logs is null || settings.From is null) throw new ArgumentException("evaluate needs --logs FILE and --from YYYY-MM-DD.");
        var from = InputFiles.ParseDate(settings.From);
        DateOnly? to = settings.To is { } t ? InputFiles.ParseDate(t) : null;
        if (to < from) throw new ArgumentException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}.");
        if (settings.Sims is < 100 or > SimulationDefaults.MaxSimulations)
            throw new ArgumentException($"--sims must be between 100 and {SimulationDefaults.MaxSimulations:N0} (got {settings.Sims}).");
        if (settings.SimsPerRace is < 1) throw new ArgumentException($"--sims-per-race must be at least 1 (got {settings.SimsPerRace}).");
        return new EvaluationOptions(from)
        {
            To = to,
            Simulations = settings.Sims ?? SimulationDefaults.Simulations,
            Seed = settings.Seed ?? SimulationDefaults.Seed,
            Calibration = settings.Calibration is { } c ? CalibrationParameters.Load(InputFiles.Require(c, "--calibration")) : null,
            Calibrator = new CalibratorOptions { SimulationsPerRace = settings.SimsPerRace ?? new CalibratorOptions().SimulationsPerRace },
        };
    }

    private static EvaluationReport Run(RaceLog log, EvaluationOptions options, CancellationToken cancellationToken)
    {
        if (!TerminalProgress.IsInteractive)
        {
            var lastTenth = -1;
            return RaceEvaluator.Run(log, options, new InlineProgress<EvaluationProgress>(p =>
            {
                var tenth = (int)(p.Percent / 10);
                if (tenth == lastTenth) return;
                lastTenth = tenth;
                Console.Error.WriteLine($"{p.Percent:0}% {p.Message}");
            }), cancellationToken);
        }

        EvaluationReport? report = null;
        AnsiConsole.Progress().AutoClear(true).Start(ctx =>
        {
            var task = ctx.AddTask("Evaluating", maxValue: 100);
            report = RaceEvaluator.Run(log, options, new InlineProgress<EvaluationProgress>(p =>
            {
                task.Value = p.Percent;
                task.Description = Markup.Escape(p.Message);
            }), cancellationToken);
        });
        return report!;
    }
}
