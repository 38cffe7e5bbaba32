using System.Diagnostics;

namespace NascarDfs.Jobs.Maintenance;

/// <summary>Whether a runner's process still lives on this machine (same id and the same start time, so a reused id is not mistaken for it).</summary>
internal static class ProcessProbe
{
    private static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(2);

    public static bool IsAlive(int processId, DateTimeOffset startedAt)
    {
        if (processId == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(processId);
            if (process.HasExited || IsZombie(processId)) return false;
            var start = new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
            return (start - startedAt).Duration() <= StartTolerance;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A killed child that its parent has not reaped yet still has an entry, in state Z, on Linux.</summary>
    private static bool IsZombie(int processId)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName > 0 && afterName + 2 < stat.Length && stat[afterName + 2] is 'Z' or 'X';
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
