using System.Globalization;
using NascarDfs.App.Services;

namespace NascarDfs.App.Cli;

/// <summary>
/// Where a failure's details go (issue 11 item 5): the user reads a sentence, the stack trace is written to
/// <c>logs/crash-*.log</c> in the data folder (else the temp folder), and the sentence names that file.
/// </summary>
internal static class CrashLog
{
    private static string? _logsFolder;

    /// <summary>The data folder the command resolved (set by <see cref="DatabaseSettings.ResolveDataFolder"/>).</summary>
    public static void Use(DataFolder folder) => _logsFolder = folder.LogsFolder;

    /// <summary>Writes the exception with its stack trace; returns the file, or null when no file could be written (a full disk, say).</summary>
    public static string? Write(Exception exception)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"crash-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}.log");
        foreach (var folder in Folders())
        {
            try
            {
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.Now:O} nascar-dfs {string.Join(' ', Environment.GetCommandLineArgs().Skip(1))}\n{exception}\n"));
                return path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Try the next place.
            }
        }

        return null;
    }

    /// <summary>" (details: PATH)", or a note that they could not be written.</summary>
    public static string Details(Exception exception) => Write(exception) is { } path ? $" (details: {path})" : " (the details could not be written to a log either)";

    private static IEnumerable<string> Folders()
    {
        if (_logsFolder is not null) yield return _logsFolder;
        string? fallback = null;
        try
        {
            fallback = DataFolder.Resolve(null, null).LogsFolder;
        }
        catch (Exception e) when (e is ArgumentException or IOException or System.Security.SecurityException)
        {
        }

        if (fallback is not null && fallback != _logsFolder) yield return fallback;
        yield return Path.Combine(Path.GetTempPath(), "nascar-dfs-logs");
    }
}
