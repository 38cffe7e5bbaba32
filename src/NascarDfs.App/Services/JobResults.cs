using NascarDfs.App.JobHandlers;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs;

namespace NascarDfs.App.Services;

/// <summary>The one check before a result is read: the job exists, is of the kind, has completed; then its documents parse.</summary>
internal static class JobResults
{
    /// <summary>Reads a completed job of <paramref name="kind"/> with <paramref name="read"/>; every failure is a sentence, never an exception.</summary>
    public static JobResultRead<T> Read<T>(JobRecord? job, string id, string kind, string noun, Func<JobRecord, T> read)
        where T : class
    {
        if (job is null) return JobResultRead<T>.Failed(JobResultProblem.NotFound, $"There is no job #{id.TrimStart('#')}.");
        if (job.Kind != kind) return JobResultRead<T>.Failed(JobResultProblem.WrongKind, $"#{job.Id} is a {job.Kind} job; only {kind} jobs have {noun}.");
        if (job.State != JobState.Completed || job.Result is null)
        {
            return JobResultRead<T>.Failed(JobResultProblem.NotCompleted, $"#{job.Id} is {JobSummary.StateName(job.State)}; its {noun} exist once it has completed.");
        }

        try
        {
            return JobResultRead<T>.Of(read(job));
        }
        catch (Exception e) when (e is ArgumentException or InputFileException or InvalidOperationException)
        {
            var message = e is ArgumentException a ? JsonProblem.Sentence(a) : e.Message;
            return JobResultRead<T>.Failed(JobResultProblem.Unreadable, $"#{job.Id} has a config or result this version cannot read: {message}");
        }
    }
}
