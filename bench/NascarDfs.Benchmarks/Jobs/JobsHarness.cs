using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.Runner;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.Benchmarks.Jobs;

/// <summary>
/// A measured harness for the job engine's three goals (issue 3): submit latency p50/p99, drain rate of no-op jobs with
/// concurrency 2, and the overhead on a 1 s job. Per-operation percentiles need every sample, which BenchmarkDotNet's
/// summary does not give, so this records them itself; <see cref="JobsEngineBenchmarks"/> runs it once.
/// </summary>
internal static class JobsHarness
{
    public static async Task<string> RunAsync(int submits = 2000, int drainJobs = 5000, int overheadRuns = 5)
    {
        var report = new StringBuilder();
        report.AppendLine("| Measure | synchronous=NORMAL | --durable (FULL) | Goal |");
        report.AppendLine("|---|---:|---:|---:|");
        var normal = await SubmitLatencyAsync(submits, durable: false);
        var durable = await SubmitLatencyAsync(submits, durable: true);
        report.AppendLine(Row("Submit latency p50", Ms(normal.P50), Ms(durable.P50), ""));
        report.AppendLine(Row("Submit latency p99", Ms(normal.P99), Ms(durable.P99), "≤ 10 ms"));
        var drainNormal = await DrainRateAsync(drainJobs, durable: false);
        var drainDurable = await DrainRateAsync(drainJobs / 2, durable: true);
        report.AppendLine(Row("Drain, no-op jobs, concurrency 2", PerSecond(drainNormal), PerSecond(drainDurable), "≥ 2,000 jobs/s (NORMAL)"));
        var overhead = await OverheadAsync(overheadRuns);
        report.AppendLine(Row("Overhead on a 1 s job (submit → completed, median)", Percent(overhead), "", "≤ 2%"));
        return report.ToString();
    }

    private static async Task<(TimeSpan P50, TimeSpan P99)> SubmitLatencyAsync(int count, bool durable)
    {
        using var db = new Database(durable);
        var service = new JobService(db.Store, new JobEvents());
        var samples = new List<TimeSpan>(count);
        for (var i = 0; i < count + 100; i++)
        {
            var clock = Stopwatch.StartNew();
            await service.SubmitAsync(new JobSubmission("noop", "bench", """{"seconds":0}"""));
            if (i >= 100) samples.Add(clock.Elapsed);
        }

        samples.Sort();
        return (samples[(int)(samples.Count * 0.50)], samples[(int)(samples.Count * 0.99)]);
    }

    private static async Task<double> DrainRateAsync(int count, bool durable)
    {
        using var db = new Database(durable);
        for (var i = 0; i < count; i++) await db.Store.SubmitAsync(new JobSubmission("noop", "bench", "{}"));
        var registry = new JobHandlerRegistry().Add(new NoopHandler());
        using var runner = new JobRunner(db.Store, registry, new JobEvents(), new JobRunnerOptions { Concurrency = 2 });
        var clock = Stopwatch.StartNew();
        await runner.StartAsync(CancellationToken.None);
        while ((await db.Store.CountAsync()).Completed < count) await Task.Delay(50);
        var elapsed = clock.Elapsed;
        await runner.StopAsync(CancellationToken.None);
        return count / elapsed.TotalSeconds;
    }

    private static async Task<double> OverheadAsync(int runs)
    {
        using var db = new Database(durable: false);
        var events = new JobEvents();
        var registry = new JobHandlerRegistry().Add(new SleepHandler());
        var service = new JobService(db.Store, events, registry);
        using var runner = new JobRunner(db.Store, registry, events, new JobRunnerOptions { Concurrency = 2 });
        await runner.StartAsync(CancellationToken.None);
        var overheads = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var done = new TaskCompletionSource();
            using var subscription = events.Subscribe(e => { if (e.Kind == JobEventKind.Completed) done.TrySetResult(); });
            var clock = Stopwatch.StartNew();
            await service.SubmitAsync(new JobSubmission("sleep", "bench", "{}"));
            await done.Task;
            overheads.Add((clock.Elapsed.TotalSeconds - 1.0) / 1.0);
        }

        await runner.StopAsync(CancellationToken.None);
        overheads.Sort();
        return overheads[overheads.Count / 2];
    }

    private static string Row(string what, string normal, string durable, string goal) => $"| {what} | {normal} | {durable} | {goal} |";

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    private static string PerSecond(double rate) => rate.ToString("#,0", CultureInfo.InvariantCulture) + " jobs/s";

    private static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private sealed class Database : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("nascardfs-bench-").FullName;

        public Database(bool durable) =>
            Store = SqliteJobStore.OpenAsync(new JobStoreOptions { Path = Path.Combine(_folder, "nascar-dfs.db"), Durable = durable }).GetAwaiter().GetResult();

        public SqliteJobStore Store { get; }

        public void Dispose()
        {
            Store.Dispose();
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class NoopHandler : IJobHandler
    {
        public string Kind => "noop";

        public Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    private sealed class SleepHandler : IJobHandler
    {
        public string Kind => "sleep";

        public async Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            await Task.Delay(1000, cancellationToken);
            return null;
        }
    }
}
