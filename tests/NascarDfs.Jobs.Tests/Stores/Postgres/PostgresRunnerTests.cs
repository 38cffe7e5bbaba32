using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.Runner;
using NascarDfs.Jobs.Stores.Postgres;
using NascarDfs.Jobs.Tests.Handlers;

namespace NascarDfs.Jobs.Tests.Stores.Postgres;

/// <summary>Runners on two hosts sharing one PostgreSQL queue: per-host limits, every job once, NOTIFY pickup, remote cancel.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRunnerTests(PostgresServer server)
{
    [Fact]
    public async Task Drain_RunnersOnTwoHosts_RunEveryJobOnce_EachHostWithinItsLimit()
    {
        var connection = server.NewSchema();
        var current = new Dictionary<string, int> { ["A"] = 0, ["B"] = 0 };
        var peak = new Dictionary<string, int> { ["A"] = 0, ["B"] = 0 };
        var runs = new Dictionary<string, int>();
        var gate = new object();
        var handler = new DelegateHandler("noop", async (ctx, _) =>
        {
            var host = ctx.Job.LeaseHost!;
            lock (gate)
            {
                current[host]++;
                peak[host] = Math.Max(peak[host], current[host]);
                runs[ctx.JobId] = runs.GetValueOrDefault(ctx.JobId) + 1;
            }

            await Task.Delay(2, CancellationToken.None);
            lock (gate) current[host]--;
            return null;
        });
        using var seed = await Open(connection);
        for (var i = 0; i < 200; i++) await seed.SubmitAsync(new JobSubmission("noop", "n", "{}"));

        var runners = new List<(IJobStore Store, JobRunner Runner)>();
        foreach (var (host, process) in new[] { ("A", 1), ("A", 2), ("B", 1) })
        {
            var store = await Open(connection);
            var registry = new JobHandlerRegistry().Add(handler);
            runners.Add((store, new JobRunner(store, registry, new JobEvents(), new JobRunnerOptions { Concurrency = 2, HostName = host })));
        }

        foreach (var (_, runner) in runners) await runner.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await seed.CountAsync()).Completed == 200, TimeSpan.FromSeconds(120), "200 completed");
        foreach (var (store, runner) in runners)
        {
            await runner.StopAsync(CancellationToken.None);
            runner.Dispose();
            store.Dispose();
        }

        Assert.Equal(200, runs.Count);
        Assert.All(runs.Values, n => Assert.Equal(1, n));
        Assert.InRange(peak["A"], 1, 2);
        Assert.InRange(peak["B"], 1, 2);
        var jobs = (await seed.ListAsync(new JobQuery { Limit = 1000 })).Items;
        Assert.All(jobs, j => Assert.Equal((JobState.Completed, 1), (j.State, j.Attempt)));
        Assert.Equal(["A", "B"], jobs.Select(j => j.RanOn!).Distinct().Order());
    }

    [Fact]
    public async Task IdleRunner_JobSubmittedElsewhere_IsPickedUpThroughNotify_AndCancelFromAnotherMachineStopsIt()
    {
        var connection = server.NewSchema();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateHandler("block", async (_, ct) =>
        {
            started.TrySetResult();
            using var registration = ct.Register(() => stopped.TrySetResult());
            await Task.Delay(Timeout.Infinite, ct);
            return null;
        });
        using var workerStore = await Open(connection);
        using var elsewhere = await Open(connection);

        // A 10 s safety-net poll: only the notification explains a pickup before it.
        var options = new JobRunnerOptions { Concurrency = 1, PollInterval = TimeSpan.FromSeconds(10), HostName = "A" };
        using var runner = new JobRunner(workerStore, new JobHandlerRegistry().Add(handler), new JobEvents(), options);
        await runner.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await elsewhere.ListRunnersAsync()).Count == 1, TimeSpan.FromSeconds(30), "runner registered");
        await Task.Delay(200);
        var job = await elsewhere.SubmitAsync(new JobSubmission("block", "remote", "{}"));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(clock.Elapsed < options.PollInterval, $"picked up after {clock.Elapsed}, not before the {options.PollInterval} poll");

        var service = new JobService(elsewhere, new JobEvents()) { HostName = "B" };
        Assert.Equal(CancelOutcome.Requested, await service.CancelAsync(job.Id));
        await stopped.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await Eventually.HoldsAsync(async () => (await elsewhere.GetAsync(job.Id))!.State == JobState.Cancelled, TimeSpan.FromSeconds(30), "cancelled");
        await runner.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Open_UnreachableServer_IsASentence()
    {
        var ex = await Assert.ThrowsAsync<JobStoreException>(() => PostgresJobStore.OpenAsync(
            new PostgresJobStoreOptions { ConnectionString = "postgres://nobody@127.0.0.1:1/nascardfs?connect_timeout=3" }));
        Assert.StartsWith("The PostgreSQL job store at 127.0.0.1:1/nascardfs cannot be used:", ex.Message);
        Assert.DoesNotContain("Exception", ex.Message);
    }

    [Fact]
    public async Task Open_NewerSchema_IsRefusedAndLeftAlone()
    {
        var connection = server.NewSchema();
        using (var store = await Open(connection))
        {
            await using var command = new Npgsql.NpgsqlConnection(connection);
            await command.OpenAsync();
            await using var update = new Npgsql.NpgsqlCommand("UPDATE schema_version SET version = 99 WHERE component = 'jobs'", command);
            await update.ExecuteNonQueryAsync();
        }

        var ex = await Assert.ThrowsAsync<JobStoreException>(() => Open(connection));
        Assert.Contains("newer NascarDfs (jobs schema version 99", ex.Message);
    }

    [Fact]
    public void ConnectionString_Url_IsReadWithoutLeakingThePassword()
    {
        var builder = PostgresConnectionString.Parse("postgres://nascar:s%40cret@db.example:6543/queue?sslmode=require");
        Assert.Equal(("db.example", 6543, "queue", "nascar", "s@cret", Npgsql.SslMode.Require), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password, builder.SslMode));
        Assert.Equal("db.example:6543/queue", PostgresConnectionString.Describe(builder));
        var bad = Assert.Throws<JobStoreException>(() => PostgresConnectionString.Parse("postgres://nascar:pw@/x"));
        Assert.DoesNotContain(":pw@", bad.Message);
    }

    [Fact]
    public async Task PreferGpuJobs_RunOnTheMachineWithAGpu_WhileItIsConnected_ThenAnywhere()
    {
        var connection = server.NewSchema();
        var handler = new DelegateHandler("noop", async (_, ct) =>
        {
            await Task.Delay(5, ct);
            return null;
        });
        using var seed = await Open(connection);
        var wanted = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            wanted.Add((await seed.SubmitAsync(new JobSubmission("noop", "gpu", "{}") { PreferGpu = true })).Id);
            await seed.SubmitAsync(new JobSubmission("noop", "any", "{}"));
        }

        using var gpuStore = await Open(connection);
        using var cpuStore = await Open(connection);
        using var gpu = new JobRunner(gpuStore, new JobHandlerRegistry().Add(handler), new JobEvents(), new JobRunnerOptions { Concurrency = 2, HostName = "G", Gpu = true });
        using var cpu = new JobRunner(cpuStore, new JobHandlerRegistry().Add(handler), new JobEvents(), new JobRunnerOptions { Concurrency = 2, HostName = "C" });
        await gpu.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await seed.ListRunnersAsync()).Any(r => r.Gpu), TimeSpan.FromSeconds(30), "the GPU runner registered");
        await cpu.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(async () => (await seed.CountAsync()).Completed == 60, TimeSpan.FromSeconds(60), "60 completed");
        var jobs = (await seed.ListAsync(new JobQuery { Limit = 100 })).Items;
        Assert.All(jobs.Where(j => j.PreferGpu), j => Assert.Equal("G", j.RanOn));
        Assert.Contains(jobs, j => !j.PreferGpu && j.RanOn == "C");

        // The GPU machine leaves: nothing waits for it.
        await gpu.StopAsync(CancellationToken.None);
        var late = await seed.SubmitAsync(new JobSubmission("noop", "gpu", "{}") { PreferGpu = true });
        await Eventually.HoldsAsync(async () => (await seed.GetAsync(late.Id))!.State == JobState.Completed, TimeSpan.FromSeconds(30), "taken by the CPU runner");
        Assert.Equal("C", (await seed.GetAsync(late.Id))!.RanOn);
        await cpu.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task LeastPrivilegeRole_OnlyTableRights_RunsJobsOnceTheOwnerMigrated()
    {
        var owner = server.NewSchema();
        var schema = new Npgsql.NpgsqlConnectionStringBuilder(owner).SearchPath!;
        var role = "w" + Guid.NewGuid().ToString("N")[..12];
        using (await Open(owner))
        {
        }

        await Admin(
            $"CREATE ROLE {role} LOGIN; GRANT USAGE ON SCHEMA \"{schema}\" TO {role}; " +
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON \"{schema}\".jobs, \"{schema}\".runners, \"{schema}\".schema_version TO {role};");
        try
        {
            var worker = new Npgsql.NpgsqlConnectionStringBuilder(owner) { Username = role }.ToString();
            using (var store = await Open(worker))
            {
                var now = DateTimeOffset.UtcNow;
                await store.RegisterRunnerAsync(new RunnerInfo("r", "h", 1, now, 1, now, now) { Kinds = ["k"] });
                var job = await store.SubmitAsync(new JobSubmission("k", "n", "{}"));
                var claimed = Assert.Single(await store.ClaimAsync(new JobClaim("r", "h", 1, 1, ["k"], TimeSpan.FromSeconds(30))));
                Assert.True(await store.CompleteAsync(claimed.Id, "r", "{}"));
                Assert.True(await store.DeleteAsync(job.Id));
                await store.RemoveRunnerAsync("r");
            }

            Npgsql.NpgsqlConnection.ClearAllPools();
        }
        finally
        {
            await Admin($"DROP OWNED BY {role}; DROP ROLE {role};");
        }
    }

    private async Task Admin(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<IJobStore> Open(string connection) =>
        await PostgresJobStore.OpenAsync(new PostgresJobStoreOptions { ConnectionString = connection });
}
