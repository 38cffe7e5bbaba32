using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.Runner;
using NascarDfs.Jobs.Stores.Postgres;
using NascarDfs.Jobs.Stores.Sqlite;
using NascarDfs.Jobs.Tests.Stores.Postgres;

namespace NascarDfs.Benchmarks.Jobs;

/// <summary>
/// Issue 12's three figures for both stores side by side, same code path: submit latency (p50/p99 through
/// <see cref="JobService"/>), drain rate of no-op jobs with two runners (two processes' worth: two store instances, two
/// <see cref="JobRunner"/>s of concurrency 2, on two hosts for PostgreSQL and on one for SQLite, which serves one machine),
/// and pickup latency of a job submitted through another store instance (its own connection pool: for PostgreSQL the wake-up
/// is the NOTIFY a commit on another connection sends, exactly as from another machine). PostgreSQL: the server in
/// <c>NASCARDFS_TEST_POSTGRES</c>, else a throwaway local cluster. Run: <c>... -- jobs-stores</c>.
/// </summary>
internal static class StoreComparisonHarness
{
    public static async Task<string> RunAsync(int submits = 2000, int drainJobs = 4000, int pickups = 200)
    {
        using var server = new PostgresServer();
        var folder = Directory.CreateTempSubdirectory("nascardfs-bench-").FullName;
        var sqlitePath = 0;
        try
        {
            Func<Task<IJobStore>> sqlite = async () =>
            {
                var path = Path.Combine(folder, $"bench{(Interlocked.Increment(ref sqlitePath) + 1) / 2}.db");
                return await SqliteJobStore.OpenAsync(new JobStoreOptions { Path = path });
            };
            var report = new StringBuilder();
            report.AppendLine("| Measure | SQLite (one file) | PostgreSQL 15 (local server) | Goal (PostgreSQL) |");
            report.AppendLine("|---|---:|---:|---:|");
            var pgSchema = server.NewSchema();
            Func<Task<IJobStore>> postgres = async () => await PostgresJobStore.OpenAsync(new PostgresJobStoreOptions { ConnectionString = pgSchema });

            var (s50, s99) = await SubmitLatencyAsync(await Pair(sqlite), submits);
            pgSchema = server.NewSchema();
            var (p50, p99) = await SubmitLatencyAsync(await Pair(postgres), submits);
            report.AppendLine($"| Submit latency p50 / p99 ({submits:N0} submits) | {Ms(s50)} / {Ms(s99)} | {Ms(p50)} / {Ms(p99)} | p99 ≤ 20 ms |");

            var sqliteDrain = await DrainAsync(await Pair(sqlite), drainJobs, twoHosts: false);
            pgSchema = server.NewSchema();
            var pgDrain = await DrainAsync(await Pair(postgres), drainJobs, twoHosts: true);
            report.AppendLine($"| Drain, no-op jobs, two runners × concurrency 2 ({drainJobs:N0} queued) | {Rate(sqliteDrain)} | {Rate(pgDrain)} | ≥ 1,000 jobs/s |");

            var (sq50, sq99) = await PickupAsync(await Pair(sqlite), pickups);
            pgSchema = server.NewSchema();
            var (pq50, pq99) = await PickupAsync(await Pair(postgres), pickups);
            report.AppendLine($"| Pickup, submitted through another store instance, idle runner, p50 / p99 ({pickups} jobs) | {Ms(sq50)} / {Ms(sq99)} | {Ms(pq50)} / {Ms(pq99)} | p50 ≤ 50 ms |");
            return report.ToString();
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Only the drain row, with <paramref name="jobs"/> queued (<c>... -- jobs-drain N</c>): for profiling the drain.</summary>
    public static async Task<string> DrainOnlyAsync(int jobs)
    {
        using var server = new PostgresServer();
        var folder = Directory.CreateTempSubdirectory("nascardfs-bench-").FullName;
        try
        {
            var sqlite = Path.Combine(folder, "drain.db");
            var sqliteRate = await DrainAsync(await Pair(() => OpenSqliteAsync(sqlite)), jobs, twoHosts: false);
            var schema = server.NewSchema();
            var pgRate = await DrainAsync(await Pair(async () => await PostgresJobStore.OpenAsync(new PostgresJobStoreOptions { ConnectionString = schema })), jobs, twoHosts: true);
            return $"| Drain, no-op jobs, two runners × concurrency 2 ({jobs:N0} queued) | {Rate(sqliteRate)} | {Rate(pgRate)} | ≥ 1,000 jobs/s |";
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }

        static async Task<IJobStore> OpenSqliteAsync(string path) => await SqliteJobStore.OpenAsync(new JobStoreOptions { Path = path });
    }

    /// <summary>Two store instances on one database (as two processes would hold).</summary>
    private static async Task<(IJobStore A, IJobStore B)> Pair(Func<Task<IJobStore>> open) => (await open(), await open());

    private static async Task<(TimeSpan P50, TimeSpan P99)> SubmitLatencyAsync((IJobStore A, IJobStore B) stores, int count)
    {
        using var a = stores.A;
        using var b = stores.B;
        var service = new JobService(a, new JobEvents());
        var samples = new List<TimeSpan>(count);
        for (var i = 0; i < count + 100; i++)
        {
            var clock = Stopwatch.StartNew();
            await service.SubmitAsync(new JobSubmission("noop", "bench", """{"seconds":0}"""));
            if (i >= 100) samples.Add(clock.Elapsed);
        }

        return Percentiles(samples);
    }

    private static async Task<double> DrainAsync((IJobStore A, IJobStore B) stores, int count, bool twoHosts)
    {
        using var a = stores.A;
        using var b = stores.B;
        for (var i = 0; i < count; i++) await a.SubmitAsync(new JobSubmission("noop", "bench", "{}"));
        var registry = new JobHandlerRegistry().Add(new NoopHandler());
        using var first = new JobRunner(a, registry, new JobEvents(), new JobRunnerOptions { Concurrency = twoHosts ? 2 : 4, HostName = "bench-a" });
        using var second = new JobRunner(b, registry, new JobEvents(), new JobRunnerOptions { Concurrency = twoHosts ? 2 : 4, HostName = twoHosts ? "bench-b" : "bench-a" });
        var clock = Stopwatch.StartNew();
        await first.StartAsync(CancellationToken.None);
        await second.StartAsync(CancellationToken.None);
        while ((await a.CountAsync()).Completed < count) await Task.Delay(20);
        var elapsed = clock.Elapsed;
        await first.StopAsync(CancellationToken.None);
        await second.StopAsync(CancellationToken.None);
        return count / elapsed.TotalSeconds;
    }

    private static async Task<(TimeSpan P50, TimeSpan P99)> PickupAsync((IJobStore A, IJobStore B) stores, int count)
    {
        using var a = stores.A;
        using var b = stores.B;
        var handler = new StampHandler();
        using var runner = new JobRunner(a, new JobHandlerRegistry().Add(handler), new JobEvents(), new JobRunnerOptions { Concurrency = 2 });
        await runner.StartAsync(CancellationToken.None);
        await Task.Delay(500);
        var submitter = new JobService(b, new JobEvents());
        var random = new Random(7);
        var samples = new List<TimeSpan>(count);
        for (var i = 0; i < count; i++)
        {
            await Task.Delay(random.Next(5, 60));
            var started = handler.Next();
            var submittedAt = Stopwatch.GetTimestamp();
            await submitter.SubmitAsync(new JobSubmission("stamp", "bench", "{}"));
            samples.Add(Stopwatch.GetElapsedTime(submittedAt, await started));
        }

        await runner.StopAsync(CancellationToken.None);
        return Percentiles(samples);
    }

    private static (TimeSpan P50, TimeSpan P99) Percentiles(List<TimeSpan> samples)
    {
        samples.Sort();
        return (samples[(int)(samples.Count * 0.50)], samples[Math.Min(samples.Count - 1, (int)(samples.Count * 0.99))]);
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    private static string Rate(double rate) => rate.ToString("#,0", CultureInfo.InvariantCulture) + " jobs/s";

    private sealed class NoopHandler : IJobHandler
    {
        public string Kind => "noop";

        public Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
    }

    private sealed class StampHandler : IJobHandler
    {
        private TaskCompletionSource<long> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Kind => "stamp";

        public Task<long> Next()
        {
            _next = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task;
        }

        public Task<string?> RunAsync(JobContext context, CancellationToken cancellationToken)
        {
            _next.TrySetResult(Stopwatch.GetTimestamp());
            return Task.FromResult<string?>(null);
        }
    }
}
