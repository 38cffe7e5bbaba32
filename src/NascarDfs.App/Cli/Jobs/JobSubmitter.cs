using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>Submits from the command line: prints each new id on stdout, and warns on stderr when no runner would pick it up.</summary>
internal static class JobSubmitter
{
    public static async Task<int> SubmitAsync(JobsEnvironment jobs, JobSubmission submission, int count, CancellationToken cancellationToken)
    {
        NascarDfs.Domain.Limits.InputLimits.CheckName(submission.Name, "--name");
        var submitted = new List<JobRecord>();
        for (var i = 0; i < count; i++) submitted.Add(await jobs.Service.SubmitAsync(submission, cancellationToken));
        return await ReportAsync(jobs, submitted, cancellationToken);
    }

    /// <summary>Prints the ids of jobs a workflow service queued, with the same warning.</summary>
    public static async Task<int> ReportAsync(JobsEnvironment jobs, IReadOnlyList<JobRecord> submitted, CancellationToken cancellationToken)
    {
        foreach (var job in submitted) Console.Out.WriteLine(job.Id);
        if (await jobs.Service.CountLiveRunnersAsync(cancellationToken) == 0)
        {
            Console.Error.WriteLine(
                "Warning: no runner is alive, so the job waits in the queue. Start one with `nascar-dfs worker` " +
                "(or `nascar-dfs serve`), using the same --db / --data-dir.");
        }

        return CliErrors.Ok;
    }
}
