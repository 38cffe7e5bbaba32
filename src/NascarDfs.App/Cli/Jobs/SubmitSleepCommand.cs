using System.ComponentModel;
using NascarDfs.App.JobHandlers.Diagnostic;
using NascarDfs.App.Services;
using NascarDfs.Jobs;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs submit diagnostic.sleep --seconds S</c> (tests only, with NASCARDFS_DIAGNOSTIC_JOBS=1).</summary>
internal sealed class SubmitSleepCommand : JobsCommand<SubmitSleepCommand.Settings>
{
    public sealed class Settings : SubmitSettings
    {
        [CommandOption("--seconds <S>")]
        [Description("How long the job sleeps.")]
        [DefaultValue(1.0)]
        public double Seconds { get; init; } = 1;

        [CommandOption("--count <N>", IsHidden = true)]
        [Description("Submit N jobs, one transaction each (load tests).")]
        [DefaultValue(1)]
        public int Count { get; init; } = 1;
    }

    protected override Task<int> ExecuteAsync(JobsEnvironment jobs, Settings settings, CancellationToken cancellationToken)
    {
        var submission = new JobSubmission(DiagnosticJobs.SleepKind, settings.Name ?? $"sleep {settings.Seconds:0.###} s", DiagnosticSleepHandler.Config(settings.Seconds))
        {
            Priority = settings.Priority,
        };
        return JobSubmitter.SubmitAsync(jobs, submission, Math.Max(1, settings.Count), cancellationToken);
    }
}
