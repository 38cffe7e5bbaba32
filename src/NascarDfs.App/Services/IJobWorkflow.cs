using NascarDfs.Jobs;

namespace NascarDfs.App.Services;

/// <summary>
/// A job kind's application service as the HTTP API sees it: a config in the kind's stored JSON shape, read once,
/// validated once, queued. Every workflow service (optimize, simulate, ...) is one; <see cref="JobWorkflows"/> dispatches.
/// </summary>
internal interface IJobWorkflow
{
    /// <summary>The kind, from the workflow's args type.</summary>
    string Kind { get; }

    /// <summary>
    /// Reads, validates and queues; every problem is in one <see cref="ArgumentException"/> sentence. <paramref name="preferGpu"/>:
    /// see <see cref="JobSubmission.PreferGpu"/>.
    /// </summary>
    Task<JobRecord> SubmitJsonAsync(string? name, string configJson, int priority = 0, bool preferGpu = false, CancellationToken cancellationToken = default);
}
