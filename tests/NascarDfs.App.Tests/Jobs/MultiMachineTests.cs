using System.Diagnostics;
using System.Globalization;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Stores.Postgres;
using NascarDfs.Jobs.Tests.Stores.Postgres;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>
/// Issue 12 "Several machines, tested": one PostgreSQL, two machines (worker processes with distinct host names), every
/// process of machine A killed mid-run. Real processes, a real server.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class MultiMachineTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const int LeaseSeconds = 3;

    [Fact]
    public async Task KillMachineA_ItsJobsFinishOnB_EveryJobOnce_PerHostLimitsHold_CancelFromAnyMachine()
    {
        var store = server.NewSchema();
        using var cli = new JobsCli { StoreSetting = store };
        using var check = await PostgresJobStore.OpenAsync(new PostgresJobStoreOptions { ConnectionString = store });
        var slow = await cli.SubmitSleepAsync(seconds: 4, count: 6);
        var quick = await cli.SubmitSleepAsync(seconds: 1, count: 6);
        var lease = LeaseSeconds.ToString(CultureInfo.InvariantCulture);
        var a1 = cli.StartWorker(2, "--host-name", "A", "--lease-seconds", lease);
        var a2 = cli.StartWorker(2, "--host-name", "A", "--lease-seconds", lease);

        // Watch the per-host limit the whole time: never more than 2 running jobs leased to one host.
        var peaks = new Dictionary<string, int>();
        using var watching = new CancellationTokenSource();
        var watch = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                foreach (var group in (await check.ListRunningAsync()).GroupBy(j => j.LeaseHost ?? "?"))
                {
                    lock (peaks) peaks[group.Key] = Math.Max(peaks.GetValueOrDefault(group.Key), group.Count());
                }

                await Task.Delay(20);
            }
        });

        await JobsCli.WaitAsync(async () => (await check.ListRunningAsync()).Count(j => j.LeaseHost == "A") == 2, 60, "two jobs running on A\n" + a1.Output + a2.Output);
        var b = cli.StartWorker(2, "--host-name", "B", "--lease-seconds", lease);
        await JobsCli.WaitAsync(async () => (await check.ListRunnersAsync()).Any(r => r.Host == "B"), 60, "B registered\n" + b.Output);
        var onA = (await check.ListRunningAsync()).Where(j => j.LeaseHost == "A").Select(j => j.Id).ToHashSet();
        a1.Kill();
        a2.Kill();
        var killedAt = Stopwatch.StartNew();

        // A's jobs move to B once their leases expire (A's process ids mean nothing on another host).
        var recovered = await JobsCli.WaitAsync(
            async () => (await Task.WhenAll(onA.Select(id => check.GetAsync(id)))).All(j => j!.LeaseHost != "A"),
            60,
            "A's jobs to leave A\n" + b.Output);
        await JobsCli.WaitAsync(async () => (await check.CountAsync()).Completed == 12, 120, "all 12 completed\n" + b.Output);
        watching.Cancel();
        await watch;

        var jobs = await Task.WhenAll(slow.Concat(quick).Select(id => check.GetAsync(id)));
        Assert.All(jobs, j => Assert.Equal(JobState.Completed, j!.State));
        // Claimed on A, then on B. Under heavy load B's own 3 s lease can lapse once more before it renews (one more
        // attempt, still one completion): the contract is that the job ends once, on B, within its attempts.
        Assert.All(jobs.Where(j => onA.Contains(j!.Id)), j =>
        {
            Assert.Equal("B", j!.RanOn);
            Assert.InRange(j.Attempt, 2, j.MaxAttempts);
        });
        Assert.All(jobs.Where(j => !onA.Contains(j!.Id)), j => Assert.Equal(1, j!.Attempt));
        Assert.True(recovered <= TimeSpan.FromSeconds(LeaseSeconds + 5), $"recovered {recovered} after the kill (lease {LeaseSeconds} s)");
        Assert.All(peaks, p => Assert.InRange(p.Value, 1, 2));
        Assert.True(killedAt.Elapsed > TimeSpan.Zero);

        // The status menu shows which machines are connected (A's processes are dead: their heartbeats stop).
        var status = await cli.RunAsync(["status"]);
        Assert.True(status.ExitCode == 0, status.Error);
        Assert.Contains("(on ", status.Output);
        Assert.Contains("B", status.Output.Split('\n').Single(l => l.StartsWith("Runners alive:", StringComparison.Ordinal)));
        var shown = await cli.RunAsync(["jobs", "show", onA.First()]);
        Assert.Contains("Ran on:", shown.Output);
        Assert.Contains(" B\n", shown.Output.Replace("\r", "", StringComparison.Ordinal));

        // Cancel works from any machine: this test process is a third one.
        var longJob = (await cli.SubmitSleepAsync(seconds: 60))[0];
        await JobsCli.WaitAsync(async () => (await check.GetAsync(longJob))!.State == JobState.Running, 60, "the long job running on B\n" + b.Output);
        var cancel = await cli.RunAsync(["jobs", "cancel", longJob]);
        Assert.True(cancel.ExitCode == 0, cancel.Error);
        await JobsCli.WaitAsync(async () => (await check.GetAsync(longJob))!.State == JobState.Cancelled, 30, "the long job cancelled\n" + b.Output);
    }

    [Fact]
    public async Task Submit_PostgresUnreachable_IsASentenceAndExitCodeOne()
    {
        using var cli = new JobsCli();
        var run = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep", "--seconds", "1", "--store", "postgres://nobody@127.0.0.1:1/nascardfs?connect_timeout=3"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("The PostgreSQL job store at 127.0.0.1:1/nascardfs cannot be used", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.DoesNotContain("Exception", run.Error);
        Assert.False(File.Exists(cli.DatabasePath));
    }

    [Fact]
    public async Task Store_SqlitePathOrNonsense_OpensThatFileOrIsASentence()
    {
        using var cli = new JobsCli();
        var path = Path.Combine(cli.Folder, "elsewhere.db");
        var submit = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep", "--seconds", "1", "--store", "sqlite:" + path]);
        Assert.True(submit.ExitCode == 0, submit.Error);
        var list = await cli.RunAsync(["jobs", "list", "--store", "sqlite:" + path]);
        Assert.Contains(submit.Output.Trim(), list.Output);
        Assert.True(File.Exists(path));
        Assert.False(File.Exists(cli.DatabasePath));

        var bad = await cli.RunAsync(["jobs", "list", "--store", "mysql://x"]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("is not a store: give sqlite:PATH, a postgres://", bad.Error);
    }
}
