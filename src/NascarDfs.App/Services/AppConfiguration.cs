using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace NascarDfs.App.Services;

/// <summary>
/// Where settings come from, lowest first: <c>settings.json</c> in the data folder, the <c>NASCARDFS_*</c> environment
/// (the named variables below, and <c>NASCARDFS_Logging__LogLevel__Default</c>-style keys for anything else), then flags.
/// A value that is not a number is a sentence naming where it came from, at start, never silently ignored.
/// </summary>
internal static class AppConfiguration
{
    public const string EnvironmentPrefix = "NASCARDFS_";

    /// <summary>The settings the environment sets by name: variable → configuration key.</summary>
    public static IReadOnlyDictionary<string, string> Variables { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["NASCARDFS_PORT"] = nameof(AppSettings.Port),
        ["NASCARDFS_CONCURRENCY"] = nameof(AppSettings.Concurrency),
        ["NASCARDFS_RETENTION_DAYS"] = nameof(AppSettings.RetentionDays),
    };

    /// <summary>
    /// The one definition of each number setting's limits: what <see cref="Read"/> accepts at start and what the Settings
    /// page accepts before it saves (<see cref="Check"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, (int Min, int Max)> Limits { get; } = new Dictionary<string, (int Min, int Max)>(StringComparer.Ordinal)
    {
        [nameof(AppSettings.Port)] = (0, 65535),
        [nameof(AppSettings.Concurrency)] = (1, AppSettings.MaxConcurrency),
        [nameof(AppSettings.RetentionDays)] = (1, 3650), // the pruner keeps at most 10 years (JobPrunerOptions)
    };

    /// <summary>The settings that only take effect when <c>serve</c> starts again (the others apply at once).</summary>
    public static IReadOnlySet<string> NeedRestart { get; } = new HashSet<string>(StringComparer.Ordinal) { nameof(AppSettings.Port) };

    /// <summary>Adds the sources; <paramref name="flags"/> are the command's own (null values are not given).</summary>
    public static IConfigurationBuilder AddNascarDfsSettings(this IConfigurationBuilder builder, DataFolder folder, IReadOnlyDictionary<string, string?> flags, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        builder.AddInMemoryCollection(LoggingExtensions.DefaultLevels);
        builder.AddJsonFile(folder.SettingsPath, optional: true, reloadOnChange: false);
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        builder.AddInMemoryCollection(Variables
            .Select(v => KeyValuePair.Create(v.Value, environment(v.Key)))
            .Where(v => !string.IsNullOrWhiteSpace(v.Value)));
        builder.AddInMemoryCollection(flags.Where(f => f.Value is not null));
        return builder;
    }

    /// <summary>
    /// Reads the settings; throws <see cref="ArgumentException"/> with a sentence naming the file, variable or flag for a
    /// value that is not a whole number or out of range. A malformed settings file is reported by name too.
    /// </summary>
    public static AppSettings Read(IConfiguration configuration, DataFolder folder, IReadOnlyDictionary<string, string?> flags, Func<string, string?>? environment = null)
    {
        var source = new Sources(folder, flags, environment ?? Environment.GetEnvironmentVariable);
        var settings = new AppSettings();
        settings.Port = Int(configuration, nameof(AppSettings.Port), settings.Port, source);
        settings.Concurrency = Int(configuration, nameof(AppSettings.Concurrency), settings.Concurrency, source);
        settings.RetentionDays = Int(configuration, nameof(AppSettings.RetentionDays), settings.RetentionDays, source);
        if (configuration[nameof(AppSettings.DefaultSite)] is { Length: > 0 } site)
        {
            settings.DefaultSite = CheckSite(site, source.Of(nameof(AppSettings.DefaultSite))) is { } problem ? throw new ArgumentException(problem) : NascarDfs.Domain.Sites.SiteRegistry.Find(site)!.Name;
        }

        if (configuration[nameof(AppSettings.Notifications)] is { Length: > 0 } notifications)
        {
            settings.Notifications = bool.TryParse(notifications, out var on) ? on
                : throw new ArgumentException($"{source.Of(nameof(AppSettings.Notifications))} is '{notifications}'; it must be true or false.");
        }

        return settings;
    }

    /// <summary>Builds the configuration alone (commands that need the settings before a host exists).</summary>
    public static IConfigurationRoot Build(DataFolder folder, IReadOnlyDictionary<string, string?> flags)
    {
        try
        {
            return new ConfigurationBuilder().AddNascarDfsSettings(folder, flags).Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or System.Text.Json.JsonException)
        {
            // The JSON reader's own words say where ("… LineNumber: 0 | BytePositionInLine: 2"); the wrapper's say nothing.
            var innermost = e;
            while (innermost.InnerException is { } inner) innermost = inner;
            var where = innermost is System.Text.Json.JsonException { LineNumber: { } line } ? $" (line {line + 1})" : "";
            var reason = (innermost is System.Text.Json.JsonException or FormatException ? innermost : e).Message
                .Split(" LineNumber:")[0].Split(" Path:")[0].TrimEnd('.', ' ');
            throw new ArgumentException(
                $"{folder.SettingsPath} is not valid JSON settings{where}: {reason}. Fix the file (settings are one JSON object, e.g. {{\"concurrency\": 4}}) or delete it to use the defaults.",
                e);
        }
    }

    private static int Int(IConfiguration configuration, string key, int fallback, Sources source)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return Check(key, text, source.Of(key), out var value) is { } problem ? throw new ArgumentException(problem) : value;
    }

    /// <summary>
    /// Checks a number setting's text against <see cref="Limits"/>: null when it is fine (<paramref name="value"/> set), else
    /// the sentence, starting with <paramref name="where"/> ("Concurrency", "--port", "\"port\" in settings.json").
    /// </summary>
    public static string? Check(string key, string? text, string where, out int value)
    {
        var (min, max) = Limits[key];
        if (int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= min && value <= max) return null;
        return $"{where} is '{text}'; it must be a whole number from {min.ToString("N0", CultureInfo.InvariantCulture)} to {max.ToString("N0", CultureInfo.InvariantCulture)}.";
    }

    /// <summary>Null for a site name (<c>draftkings</c>, <c>fanduel</c>, any case), else the sentence starting with <paramref name="where"/>.</summary>
    public static string? CheckSite(string? text, string where) =>
        NascarDfs.Domain.Sites.SiteRegistry.Find(text ?? "") is null
            ? $"{where} is '{text}'; it must be one of {string.Join(", ", NascarDfs.Domain.Sites.SiteRegistry.All.Select(s => s.Name))}."
            : null;

    /// <summary>
    /// The flag or environment variable that overrides <paramref name="key"/> of <c>settings.json</c> for this run (so
    /// a value saved to the file waits for a start without it), or null.
    /// </summary>
    public static string? OverriddenBy(string key, IReadOnlyDictionary<string, string?> flags, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (flags.GetValueOrDefault(key) is not null) return Sources.Flag(key);
        var variable = Variables.FirstOrDefault(v => v.Value == key).Key;
        if (variable is not null && !string.IsNullOrWhiteSpace(environment(variable))) return $"the environment variable {variable}";
        var generic = EnvironmentPrefix + key;
        return !string.IsNullOrWhiteSpace(environment(generic)) ? $"the environment variable {generic}" : null;
    }

    /// <summary>Names where a key's value came from: the flag wins over the environment, which wins over the file.</summary>
    private sealed record Sources(DataFolder Folder, IReadOnlyDictionary<string, string?> Flags, Func<string, string?> Environment)
    {
        public string Of(string key)
        {
            if (Flags.GetValueOrDefault(key) is not null) return Flag(key);
            var variable = Variables.FirstOrDefault(v => v.Value == key).Key;
            if (variable is not null && !string.IsNullOrWhiteSpace(Environment(variable))) return $"The environment variable {variable}";
            return $"\"{char.ToLowerInvariant(key[0])}{key[1..]}\" in {Folder.SettingsPath}";
        }

        public static string Flag(string key) => "--" + string.Concat(key.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
