using NascarDfs.Jobs;

namespace NascarDfs.App.Services;

/// <summary>
/// Submitting by kind name (<c>POST /api/jobs</c>): a kind with a workflow service goes through it (read, validated, queued
/// once); any other registered kind (the diagnostic test jobs) is queued as it is, and an unknown one refused by the engine.
/// </summary>
internal sealed class JobWorkflows(IEnumerable<IJobWorkflow> workflows, JobService jobs)
{
    private readonly Dictionary<string, IJobWorkflow> _byKind = workflows.ToDictionary(w => w.Kind, StringComparer.Ordinal);

    /// <summary>Throws <see cref="ArgumentException"/> (every problem in one sentence) for a bad request.</summary>
    public async Task<JobRecord> SubmitAsync(string kind, string? name, string configJson, bool preferGpu = false, CancellationToken cancellationToken = default)
    {
        NascarDfs.Domain.Limits.InputLimits.CheckName(name, "The job name");
        if (_byKind.TryGetValue(kind, out var workflow)) return await workflow.SubmitJsonAsync(name, configJson, 0, preferGpu, cancellationToken);
        return await jobs.SubmitAsync(new JobSubmission(kind, string.IsNullOrWhiteSpace(name) ? kind : name, configJson) { PreferGpu = preferGpu }, cancellationToken);
    }
}
