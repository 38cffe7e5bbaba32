using System.Text.Json;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.Domain.Slates;
using NascarDfs.Jobs;
using NascarDfs.Simulation;

namespace NascarDfs.App.Web.Api;

/// <summary>
/// Submitting from the API and the Optimize page: an optimize or simulate config is checked (readable, feasible, a race
/// that can be simulated) before it is queued, so a mistake is an answer now rather than a failed job later.
/// </summary>
internal sealed class JobSubmissions(JobService jobs)
{
    /// <summary>The kind of optimize jobs (SPEC §9).</summary>
    public const string OptimizeKind = JobHandlers.OptimizeConfigJobHandler.OptimizeKind;

    /// <summary>The kind of plain race simulations (SPEC §9): the optimize config shape, race required.</summary>
    public const string SimulateKind = JobHandlers.OptimizeConfigJobHandler.SimulateKind;

    /// <summary>Queues the job. Throws <see cref="ArgumentException"/> (with every problem in one sentence) for a bad request.</summary>
    public async Task<JobRecord> SubmitAsync(string kind, string? name, string configJson, CancellationToken cancellationToken = default)
    {
        if (kind is OptimizeKind or SimulateKind)
        {
            var config = ReadConfig(configJson);
            var problems = kind == SimulateKind ? CheckSimulation(config) : Check(config);
            if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems));
            name ??= config.Name;
        }

        NascarDfs.Domain.Limits.InputLimits.CheckName(name, "The job name");
        return await jobs.SubmitAsync(new JobSubmission(kind, string.IsNullOrWhiteSpace(name) ? kind : name, configJson), cancellationToken);
    }

    /// <summary>Queues a config built by the Optimize page: an optimization, or a simulation when its kind says so.</summary>
    public Task<JobRecord> SubmitAsync(OptimizeJobConfig config, CancellationToken cancellationToken = default) =>
        SubmitAsync(config.Kind == SimulateKind ? SimulateKind : OptimizeKind, config.Name, JsonSerializer.Serialize(config, AppJson.Options), cancellationToken);

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
            var conflicts = OptimizeService.FindConflicts(config);
            return conflicts.Count > 0 || config.Race is null ? conflicts : CheckSims(config);
        }
        catch (Exception e) when (e is ArgumentException or InputFileException or InvalidOperationException)
        {
            return [e.Message];
        }
    }

    /// <summary>Every reason a <c>simulate</c> config cannot run: an unreadable slate, no race or a bad one, too many simulations.</summary>
    public static IReadOnlyList<string> CheckSimulation(OptimizeJobConfig config)
    {
        try
        {
            OptimizeService.LoadSlate(config);
            OptimizeService.ResolveRace(config with { Kind = SimulateKind }); // the request's kind decides, not the config's field
            return CheckSims(config);
        }
        catch (Exception e) when (e is ArgumentException or InputFileException or InvalidOperationException)
        {
            return [e.Message];
        }
    }

    private static IReadOnlyList<string> CheckSims(OptimizeJobConfig config) =>
        config.Sims is < 1 or > SimulationDefaults.MaxSimulations
            ? [$"Simulations must be between 1 and {SimulationDefaults.MaxSimulations:N0}; the config asks for {config.Sims:N0}."]
            : [];
}
