using System.Diagnostics;

namespace NascarDfs.Jobs.Runner;

/// <summary>Who this process is, as recorded in the <c>runners</c> table and job leases.</summary>
internal static class RunnerIdentity
{
    public static string Host { get; } = Environment.MachineName;

    public static int ProcessId { get; } = Environment.ProcessId;

    public static DateTimeOffset ProcessStartedAt { get; } = ReadStart();

    public static string NewRunnerId() => $"{Host}:{ProcessId}:{JobIds.New()[..6]}";

    private static DateTimeOffset ReadStart()
    {
        using var process = Process.GetCurrentProcess();
        return new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
    }
}
