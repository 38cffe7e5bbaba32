using NascarDfs.App.JobHandlers.Diagnostic;
using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Cli.Jobs;

/// <summary><c>jobs submit diagnostic.crash</c> (tests only): a job that kills the process running it.</summary>
internal sealed class SubmitCrashCommand : JobsCommand<SubmitSettings>
{
    protected override Task<int> ExecuteAsync(JobsEnvironment jobs, SubmitSettings settings, CancellationToken cancellationToken) =>
        JobSubmitter.SubmitAsync(
            jobs,
            new JobSubmission(DiagnosticJobs.CrashKind, settings.Name ?? "crash", "{}") { Priority = settings.Priority },
            1,
            cancellationToken);
}
