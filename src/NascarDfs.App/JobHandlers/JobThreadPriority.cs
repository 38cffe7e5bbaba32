using System.Runtime.InteropServices;

namespace NascarDfs.App.JobHandlers;

/// <summary>
/// Runs CPU-heavy job work below the web server's priority, so the pages stay responsive while jobs use every core.
/// .NET ignores <see cref="Thread.Priority"/> on Linux, but Linux lets any process raise a thread's own nice value.
/// </summary>
internal static class JobThreadPriority
{
    // Nice 10: clearly below interactive work, still far from idle.
    private const int BackgroundNice = 10;
    private const int WhichProcess = 0; // PRIO_PROCESS; on Linux a thread id selects one thread
    private const long SysGettid = 186;  // x86-64; other architectures fall back to Thread.Priority

    /// <summary>Lowers the calling thread's priority; returns whether it did. Never throws (a refusal leaves it as it was).</summary>
    public static bool LowerCurrentThread()
    {
        try
        {
            if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64)
            {
                var thread = (int)Syscall(SysGettid);
                if (GetPriority(WhichProcess, thread) >= BackgroundNice) return true; // already as low (e.g. the whole process runs niced)
                return SetPriority(WhichProcess, thread, BackgroundNice) == 0;
            }

            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            return true;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException or ThreadStateException)
        {
            // Priority is a courtesy to the UI, never a reason to fail a job.
            return false;
        }
    }

    // DllImport rather than LibraryImport: blittable arguments only, and no unsafe code in the app for two calls.
    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int prio);

    [DllImport("libc", EntryPoint = "getpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "syscall")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern long Syscall(long number);
}
