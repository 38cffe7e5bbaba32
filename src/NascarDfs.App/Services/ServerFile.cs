using System.Text.Json;
using NascarDfs.Jobs.Maintenance;

namespace NascarDfs.App.Services;

/// <summary>
/// <c>server.json</c> in the data folder: the URL <c>serve</c> listens on, so <c>status</c> and the menu-bar plugin can link to it
/// (SPEC §7, §9). <c>serve</c> writes it at start and deletes it on a clean exit; a file left by a crashed server is ignored
/// because its process is gone.
/// </summary>
internal static class ServerFile
{
    /// <summary>Records that this process serves <paramref name="url"/>.</summary>
    public static void Write(DataFolder folder, string url)
    {
        var entry = new Entry(url, Environment.ProcessId, StartedAt());
        AtomicFile.WriteAllText(folder.ServerFilePath, JsonSerializer.Serialize(entry, AppJson.Indented));
    }

    /// <summary>The live server's entry, or null when there is none (missing, unreadable, or its process is gone).</summary>
    public static Entry? Read(DataFolder folder)
    {
        try
        {
            var entry = JsonSerializer.Deserialize<Entry>(File.ReadAllText(folder.ServerFilePath), AppJson.Options);
            return entry is not null && ProcessProbe.IsAlive(entry.ProcessId, entry.ProcessStartedAt) ? entry : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Removes the file if this process wrote it (clean exit).</summary>
    public static void Delete(DataFolder folder)
    {
        try
        {
            var text = File.ReadAllText(folder.ServerFilePath);
            if (JsonSerializer.Deserialize<Entry>(text, AppJson.Options)?.ProcessId == Environment.ProcessId) File.Delete(folder.ServerFilePath);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
        }
    }

    private static DateTimeOffset StartedAt()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
    }

    /// <summary>What <c>server.json</c> holds.</summary>
    public sealed record Entry(string Url, int ProcessId, DateTimeOffset ProcessStartedAt);
}
