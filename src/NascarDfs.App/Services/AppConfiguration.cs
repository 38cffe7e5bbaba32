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
        settings.Port = Int(configuration, nameof(AppSettings.Port), 0, 65535, settings.Port, source);
        settings.Concurrency = Int(configuration, nameof(AppSettings.Concurrency), 1, AppSettings.MaxConcurrency, settings.Concurrency, source);
        settings.RetentionDays = Int(configuration, nameof(AppSettings.RetentionDays), 1, 36_500, settings.RetentionDays, source);
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

    private static int Int(IConfiguration configuration, string key, int min, int max, int fallback, Sources source)
    {
        var text = configuration[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        throw new ArgumentException($"{source.Of(key)} is '{text}'; it must be a whole number from {min:N0} to {max:N0}.");
    }

    /// <summary>Names where a key's value came from: the flag wins over the environment, which wins over the file.</summary>
    private sealed record Sources(DataFolder Folder, IReadOnlyDictionary<string, string?> Flags, Func<string, string?> Environment)
    {
        public string Of(string key)
        {
            if (Flags.GetValueOrDefault(key) is not null) return "--" + string.Concat(key.Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
            var variable = Variables.FirstOrDefault(v => v.Value == key).Key;
            if (variable is not null && !string.IsNullOrWhiteSpace(Environment(variable))) return $"The environment variable {variable}";
            return $"\"{char.ToLowerInvariant(key[0])}{key[1..]}\" in {Folder.SettingsPath}";
        }
    }
}
