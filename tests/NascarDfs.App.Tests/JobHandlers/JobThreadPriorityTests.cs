using NascarDfs.App.JobHandlers;

namespace NascarDfs.App.Tests.JobHandlers;

public sealed class JobThreadPriorityTests
{
    [Fact]
    public void LowerCurrentThread_OnLinux_SetsThisThreadsNiceToAtLeastTenAndNoOtherThreads()
    {
        if (!OperatingSystem.IsLinux()) return; // the assertion reads Linux's /proc; elsewhere Thread.Priority is used

        var callerBefore = NiceOfCurrentThread();
        int? lowered = null;
        bool done = false;
        var thread = new Thread(() =>
        {
            done = JobThreadPriority.LowerCurrentThread();
            lowered = NiceOfCurrentThread();
        });
        thread.Start();
        thread.Join(TimeSpan.FromSeconds(10));

        Assert.True(done);
        Assert.Equal(Math.Max(10, callerBefore), lowered);
        Assert.Equal(callerBefore, NiceOfCurrentThread()); // the caller's own thread is untouched
    }

    // /proc/thread-self/stat: "tid (comm) state ppid ...", the nice value is field 19 (the 17th after the comm).
    private static int NiceOfCurrentThread()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture);
    }
}
