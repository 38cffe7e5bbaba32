using NascarDfs.App.Services;
using NascarDfs.Jobs;

namespace NascarDfs.App.Cli.Jobs;

/// <summary>Submits from the command line: prints each new id on stdout, and warns on stderr when no runner would pick it up.</summary>
internal static class JobSubmitter
{
    public static async Task<int> SubmitAsync(JobsEnvironment jobs, JobSubmission submission, int count, CancellationToken cancellationToken)
    {
        NascarDfs.Domain.Limits.InputLimits.CheckName(submission.Name, "--name");
        for (var i = 0; i < count; i++)
        {
            var job = await jobs.Service.SubmitAsync(submission, cancellationToken);
            Console.Out.WriteLine(job.Id);
        }

        if (await jobs.Service.CountLiveRunnersAsync(cancellationToken) == 0)
        {
            Console.Error.WriteLine(
                "Warning: no runner is alive, so the job waits in the queue. Start one with `nascar-dfs worker` " +
                "(or `nascar-dfs serve`), using the same --db / --data-dir.");
        }

        return CliErrors.Ok;
    }
}
