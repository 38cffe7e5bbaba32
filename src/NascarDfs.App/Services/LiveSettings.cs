using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Runner;

namespace NascarDfs.App.Services;

/// <summary>What the Settings page submits, as typed.</summary>
internal sealed record SettingsInput(string? Concurrency, string? RetentionDays, string? Port, string? DefaultSite, bool Notifications);

/// <summary>The outcome of saving the Settings page: the problems by field (nothing saved then), else what was applied and what waits for a restart.</summary>
internal sealed record SettingsSaved(IReadOnlyDictionary<string, string> Problems, IReadOnlyList<string> Notes)
{
    public bool Ok => Problems.Count == 0;
}

/// <summary>
/// The running server's settings, changed by the Settings page (issue 13 "Preferences"): each value checked with the
/// limits that start-up uses (<see cref="AppConfiguration.Check"/>) and the job engine's own options validation, saved to
/// <c>settings.json</c>, and applied without a restart where the engine allows: concurrency (the runner reads it before
/// every claim), retention (the pruner's next pass), default site and notifications. The port needs a restart.
/// </summary>
internal sealed class LiveSettings(
    IOptions<AppSettings> settings,
    IOptions<JobRunnerOptions> runner,
    IEnumerable<IValidateOptions<JobRunnerOptions>> runnerChecks,
    IOptions<JobPrunerOptions> pruner,
    IEnumerable<IValidateOptions<JobPrunerOptions>> prunerChecks,
    SettingsFile file,
    ServeFlags flags)
{
    private readonly Lock _gate = new();

    /// <summary>The settings in force now (the port: the one being served).</summary>
    public AppSettings Current => settings.Value;

    /// <summary>Raised after a save, on the saving thread.</summary>
    public event Action? Changed;

    /// <summary>The port <c>settings.json</c> asks for at the next start (null: not set there).</summary>
    public int? SavedPort => int.TryParse(file.Get(nameof(AppSettings.Port)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) ? port : null;

    /// <summary>The flag or variable that overrides <paramref name="key"/> at start, for the page to say so.</summary>
    public string? OverriddenBy(string key) => AppConfiguration.OverriddenBy(key, flags.Values);

    /// <summary>Checks everything first; saves and applies only when all is valid.</summary>
    public SettingsSaved Save(SettingsInput input)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        int Number(string key, string? text, string label)
        {
            if (AppConfiguration.Check(key, text, label, out var value) is { } problem) problems[key] = problem;
            return value;
        }

        var concurrency = Number(nameof(AppSettings.Concurrency), input.Concurrency, "Concurrency");
        var retention = Number(nameof(AppSettings.RetentionDays), input.RetentionDays, "Retention (days)");
        var port = Number(nameof(AppSettings.Port), input.Port, "Port");
        if (AppConfiguration.CheckSite(input.DefaultSite, "Default site") is { } siteProblem) problems[nameof(AppSettings.DefaultSite)] = siteProblem;

        // The engine's own validation of the options these become (one more check, never a second definition).
        if (!problems.ContainsKey(nameof(AppSettings.Concurrency)) && Failure(runnerChecks, new JobRunnerOptions { Concurrency = concurrency }) is { } runnerProblem)
        {
            problems[nameof(AppSettings.Concurrency)] = "Concurrency: " + runnerProblem;
        }

        if (!problems.ContainsKey(nameof(AppSettings.RetentionDays)) && Failure(prunerChecks, new JobPrunerOptions { Retention = TimeSpan.FromDays(retention) }) is { } prunerProblem)
        {
            problems[nameof(AppSettings.RetentionDays)] = "Retention (days): " + prunerProblem;
        }

        if (problems.Count > 0) return new SettingsSaved(problems, []);

        var site = Domain.Sites.SiteRegistry.Find(input.DefaultSite!)!.Name;
        var notes = new List<string>();
        lock (_gate)
        {
            // A key is written when the file has it already or the value changed: a value that came from a flag or the
            // environment for this run is not copied into the file by saving another one.
            var now = settings.Value;
            var saved = file.Read();
            bool Keep(string key, bool changed) => changed || saved.Any(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));
            var values = new Dictionary<string, JsonNode?>();
            if (Keep("concurrency", now.Concurrency != concurrency)) values["concurrency"] = concurrency;
            if (Keep("retentionDays", now.RetentionDays != retention)) values["retentionDays"] = retention;
            if (Keep("port", (SavedPort ?? now.Port) != port)) values["port"] = port;
            if (Keep("defaultSite", now.DefaultSite != site)) values["defaultSite"] = site;
            if (Keep("notifications", now.Notifications != input.Notifications)) values["notifications"] = input.Notifications;
            file.Set(values);
            if (now.Concurrency != concurrency) notes.Add($"Concurrency is {concurrency} now (running jobs finish; new ones start while fewer than {concurrency} run).");
            if (now.RetentionDays != retention) notes.Add($"Finished jobs are kept {retention} days from the next pruning (hourly).");
            runner.Value.Concurrency = concurrency;
            pruner.Value.Retention = TimeSpan.FromDays(retention);
            now.Concurrency = concurrency;
            now.RetentionDays = retention;
            now.DefaultSite = site;
            now.Notifications = input.Notifications;
            if (port != now.Port && (SavedPort ?? now.Port) == port) notes.Add($"The port {port} applies when NascarDfs starts again (until then it serves where it does now).");
        }

        foreach (var key in new[] { nameof(AppSettings.Concurrency), nameof(AppSettings.RetentionDays), nameof(AppSettings.Port) })
        {
            if (OverriddenBy(key) is { } by) notes.Add($"{by} was given for this run; at the next start it wins over the saved {key switch { nameof(AppSettings.RetentionDays) => "retention", _ => key.ToLowerInvariant() }}.");
        }

        Changed?.Invoke();
        return new SettingsSaved(problems, notes);
    }

    private static string? Failure<T>(IEnumerable<IValidateOptions<T>> checks, T options)
        where T : class =>
        checks.Select(c => c.Validate(Options.DefaultName, options)).FirstOrDefault(r => r.Failed)?.FailureMessage;
}

/// <summary>The flags <c>serve</c> was started with (the highest settings source), for the Settings page to name.</summary>
internal sealed record ServeFlags(IReadOnlyDictionary<string, string?> Values);
