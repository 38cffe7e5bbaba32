using System.Diagnostics;

namespace NascarDfs.Jobs.Runner;

/// <summary>Who this process is, as recorded in the <c>runners</c> table and job leases.</summary>
internal static class RunnerIdentity
{
    /// <summary>The machine's name: the default host of runners and rescuers (a worker may be given another, e.g. in tests).</summary>
    public static string Host { get; } = Environment.MachineName;

    public static int ProcessId { get; } = Environment.ProcessId;

    public static DateTimeOffset ProcessStartedAt { get; } = ReadStart();

    public static string NewRunnerId(string host) => $"{host}:{ProcessId}:{JobIds.New()[..6]}";

    private static DateTimeOffset ReadStart()
    {
        using var process = Process.GetCurrentProcess();
        return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
    }
}
