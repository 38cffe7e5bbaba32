using System.Globalization;
using System.Text.Json;
using NascarDfs.Jobs.Handlers;

namespace NascarDfs.App.JobHandlers.Diagnostic;

/// <summary>
/// <c>diagnostic.sleep</c>: config <c>{"seconds": S}</c>; sleeps S seconds, reports progress each second, honours cancel.
/// With <c>NASCARDFS_DIAGNOSTIC_RUN_LOG=FOLDER</c> each run that slept to the end leaves a file "JOB.PID.UNIQUE" there (the crash-chaos
/// test counts runs with it).
/// </summary>
internal sealed class DiagnosticSleepHandler : IJobHandler
{
    public const string RunLogVariable = "NASCARDFS_DIAGNOSTIC_RUN_LOG";

    public string Kind => DiagnosticJobs.SleepKind;

    public static string Config(double seconds) =>
        string.Create(CultureInfo.InvariantCulture, $$"""{"seconds":{{seconds}}}""");

    public async Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
    {
        using var config = JsonDocument.Parse(context.Config);
        var seconds = config.RootElement.TryGetProperty("seconds", out var value) ? value.GetDouble() : 1;
        var total = TimeSpan.FromSeconds(Math.Max(0, seconds));
        var slept = TimeSpan.Zero;
        while (slept < total)
        {
            var step = total - slept < TimeSpan.FromSeconds(1) ? total - slept : TimeSpan.FromSeconds(1);
            await Task.Delay(step, cancellationToken);
            slept += step;
            context.ReportProgress((int)(100 * slept / total), $"slept {slept.TotalSeconds:0} of {total.TotalSeconds:0} s");
        }

        if (Environment.GetEnvironmentVariable(RunLogVariable) is { Length: > 0 } log)
        {
            // One empty file per finished run, named "<job id>.<pid>.<unique>": appends from several processes to one
            // file can overwrite each other (.NET's append mode seeks to the end; it is not O_APPEND).
            Directory.CreateDirectory(log);
            var name = string.Create(CultureInfo.InvariantCulture, $"{context.Job.Id}.{Environment.ProcessId}.{Guid.NewGuid():N}");
            await File.WriteAllTextAsync(Path.Combine(log, name), string.Empty, CancellationToken.None);
        }

        return string.Create(CultureInfo.InvariantCulture, $$"""{"slept":{{seconds}},"pid":{{Environment.ProcessId}}}""");
    }
}
