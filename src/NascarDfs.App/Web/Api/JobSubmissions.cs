using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs;

namespace NascarDfs.App.Web.Api;

/// <summary>
/// Submitting from the API and the Optimize page: an optimize config is checked (readable, feasible) before it is queued,
/// so a mistake is an answer now rather than a failed job later.
/// </summary>
internal sealed class JobSubmissions(JobService jobs)
{
    /// <summary>The kind of optimize jobs (SPEC §9).</summary>
    public const string OptimizeKind = "optimize";

    /// <summary>Queues the job. Throws <see cref="ArgumentException"/> (with every problem in one sentence) for a bad request.</summary>
    public async Task<JobRecord> SubmitAsync(string kind, string? name, string configJson, CancellationToken cancellationToken = default)
    {
        if (kind == OptimizeKind)
        {
            var config = ReadConfig(configJson);
            var problems = Check(config);
            if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems));
            name ??= config.Name;
        }

        return await jobs.SubmitAsync(new JobSubmission(kind, string.IsNullOrWhiteSpace(name) ? kind : name, configJson), cancellationToken);
    }

    /// <summary>Queues an optimize config built by the Optimize page.</summary>
    public Task<JobRecord> SubmitAsync(OptimizeJobConfig config, CancellationToken cancellationToken = default) =>
        SubmitAsync(OptimizeKind, config.Name, JsonSerializer.Serialize(config, AppJson.Options), cancellationToken);

    private static OptimizeJobConfig ReadConfig(string json)
    {
        try
        {
            var config = JsonSerializer.Deserialize<OptimizeJobConfig>(json, AppJson.Strict) ?? throw new ArgumentException("The config is null.");
            if (config.SchemaVersion > OptimizeJobConfig.CurrentSchemaVersion)
            {
                throw new ArgumentException($"The config has schema version {config.SchemaVersion}; this version reads up to {OptimizeJobConfig.CurrentSchemaVersion}.");
            }

            return config;
        }
        catch (JsonException e)
        {
            throw new ArgumentException("Not a valid optimize config: " + e.Message.Split(" Path:")[0], e);
        }
    }

    /// <summary>Every reason the config cannot run: unknown drivers, conflicting constraints.</summary>
    public static IReadOnlyList<string> Check(OptimizeJobConfig config)
    {
        try
        {
            return OptimizeService.FindConflicts(config);
        }
        catch (Exception e) when (e is ArgumentException or InputFileException or InvalidOperationException)
        {
            return [e.Message];
        }
    }
}
