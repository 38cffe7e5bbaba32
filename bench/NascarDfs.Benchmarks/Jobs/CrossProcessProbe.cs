using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.Runner;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.Benchmarks.Jobs;

/// <summary>
/// Jobs submitted by a real second process (a small python3 script with its own SQLite connection: one <c>BEGIN IMMEDIATE</c>
/// insert per job, at random moments) to an idle runner here. The script puts its CLOCK_MONOTONIC time in each job's config;
/// <see cref="Stopwatch"/> reads the same clock on Linux, so the handler knows exactly how long the job waited. Skipped (null)
/// where python3 or a monotonic Stopwatch is missing.
/// </summary>
internal static class CrossProcessProbe
{
    private const string Script = """
        import random, sqlite3, sys, time, uuid
        db, kind, count, lo, hi = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
        con = sqlite3.connect(db, isolation_level=None, timeout=5)
        random.seed(3)
        for i in range(count):
            time.sleep(random.randint(lo, hi) / 1000)
            t = time.monotonic_ns()
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO jobs (id, kind, name, state, priority, config, created_at, max_attempts) "
                        "VALUES (?, ?, 'remote', 'queued', 0, ?, ?, 3)",
                        (uuid.uuid4().hex[:8], kind, '{"t": %d}' % t, int(time.time() * 1000)))
            con.execute("COMMIT")
        """;

    /// <summary>Submit (other process) → handler started, p50 and p99; null when the probe cannot run here.</summary>
    public static async Task<(TimeSpan P50, TimeSpan P99)?> PickupAsync(int count)
    {
        var samples = await RunAsync("stamp", count, 20, 80, seconds: 0);
        if (samples is null) return null;
        var waits = samples.Select(s => s.Wait).Order().ToList();
        return (waits[waits.Count / 2], waits[Math.Min(waits.Count - 1, (int)(waits.Count * 0.99))]);
    }

    /// <summary>
    /// Overhead on a 1 s job from another process: (submitted → completed event) minus the handler's own run time, over that
    /// run time; the median.
    /// </summary>
    public static async Task<double?> OverheadAsync(int count)
    {
        var samples = await RunAsync("sleep", count, 1300, 1600, seconds: 1);
        if (samples is null) return null;
        var overheads = samples.Select(s => (s.Total - s.Run) / s.Run).Order().ToList();
        return overheads[overheads.Count / 2];
    }

    private static async Task<List<(TimeSpan Wait, TimeSpan Run, TimeSpan Total)>?> RunAsync(string kind, int count, int minDelayMs, int maxDelayMs, int seconds)
    {
        if (!OperatingSystem.IsLinux() || Stopwatch.Frequency != 1_000_000_000) return null;
        var folder = Directory.CreateTempSubdirectory("nascardfs-bench-").FullName;
        try
        {
            using var store = await SqliteJobStore.OpenAsync(new JobStoreOptions { Path = Path.Combine(folder, "nascar-dfs.db") });
            var events = new JobEvents();
            var handler = new TimedHandler(kind, seconds);
            var samples = new List<(TimeSpan, TimeSpan, TimeSpan)>();
            using var subscription = events.Subscribe(e =>
            {
                if (e.Kind != JobEventKind.Completed || e.JobId is null || !handler.Runs.TryRemove(e.JobId, out var run)) return;
                var now = Stopwatch.GetTimestamp();
                lock (samples) samples.Add((run.Wait, run.Run, Stopwatch.GetElapsedTime(run.SubmittedAt, now)));
            });
            using var runner = new JobRunner(store, new JobHandlerRegistry().Add(handler), events, new JobRunnerOptions { Concurrency = 2 });
            await runner.StartAsync(CancellationToken.None);
            using var python = StartPython(store.Path, kind, count, minDelayMs, maxDelayMs);
            if (python is null)
            {
                await runner.StopAsync(CancellationToken.None);
                return null;
            }

            await python.WaitForExitAsync();
            var deadline = Stopwatch.StartNew();
            while (samples.Count < count && deadline.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(20);
            await runner.StopAsync(CancellationToken.None);
            return python.ExitCode == 0 && samples.Count == count ? samples : null;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Process? StartPython(string db, string kind, int count, int minDelayMs, int maxDelayMs)
    {
        try
        {
            var start = new ProcessStartInfo("python3") { UseShellExecute = false };
            foreach (var arg in new[] { "-c", Script, db, kind, count.ToString(CultureInfo.InvariantCulture), minDelayMs.ToString(CultureInfo.InvariantCulture), maxDelayMs.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(arg);
            }

            return Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private sealed class TimedHandler(string kind, int seconds) : IJobHandler
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, (long SubmittedAt, TimeSpan Wait, TimeSpan Run)> Runs { get; } = new();

        public string Kind => kind;

        public async Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            var startedAt = Stopwatch.GetTimestamp();
            using var config = JsonDocument.Parse(context.Config);
            var submittedAt = config.RootElement.GetProperty("t").GetInt64();
            if (seconds > 0) await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
            Runs[context.JobId] = (submittedAt, Stopwatch.GetElapsedTime(submittedAt, startedAt), Stopwatch.GetElapsedTime(startedAt));
            return null;
        }
    }
}
