using Microsoft.Extensions.Logging;
using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.Runner;
using NascarDfs.Jobs.Stores.Postgres;
using NascarDfs.Jobs.Tests.Handlers;

namespace NascarDfs.Jobs.Tests.Stores.Postgres;

/// <summary>PostgreSQL restarted mid-run: the runner reconnects (and says so in the log), and no job is lost or run twice.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresRestartTests
{
    [Fact]
    public async Task ServerRestartedMidRun_RunnerReconnects_EveryJobCompletesOnce()
    {
        using var server = PostgresServer.StartOwnCluster();
        var connection = server.NewSchema();
        var log = new ListLogger();
        var runs = 0;
        var handler = new DelegateHandler("work", async (_, ct) =>
        {
            Interlocked.Increment(ref runs);
            await Task.Delay(700, ct);
            return "{}";
        });
        using var store = await PostgresJobStore.OpenAsync(new PostgresJobStoreOptions { ConnectionString = connection }, logger: log.For<PostgresJobStore>());
        var ids = new List<string>();
        for (var i = 0; i < 6; i++) ids.Add((await store.SubmitAsync(new JobSubmission("work", "n", "{}"))).Id);
        var options = new JobRunnerOptions { Concurrency = 2, OutcomeRetryMaxDelay = TimeSpan.FromMilliseconds(500) };
        using var runner = new JobRunner(store, new JobHandlerRegistry().Add(handler), new JobEvents(), options, logger: log.For<JobRunner>());
        await runner.StartAsync(CancellationToken.None);
        await Eventually.HoldsAsync(() => Task.FromResult(Volatile.Read(ref runs) >= 2), TimeSpan.FromSeconds(60), "two jobs started");

        server.Restart(TimeSpan.FromSeconds(1));

        try
        {
            await Eventually.HoldsAsync(
                async () =>
                {
                    try
                    {
                        return (await store.CountAsync()).Completed == 6;
                    }
                    catch (Npgsql.NpgsqlException)
                    {
                        return false;
                    }
                },
                TimeSpan.FromSeconds(90),
                "all six completed after the restart");
        }
        catch (TimeoutException)
        {
            var states = string.Join("; ", (await store.ListAsync(new JobQuery())).Items.Select(j => $"{j.Id} {j.State} {j.Attempt} {j.LeaseOwner}"));
            throw new TimeoutException(states + "\n" + string.Join("\n", log.Lines) + "\nrunning " + runner.RunningCount + " runs " + runs);
        }

        await runner.StopAsync(CancellationToken.None);
        foreach (var id in ids) Assert.Equal((JobState.Completed, 1), Pick(await store.GetAsync(id)));
        Assert.Equal(6, runs);
        Assert.Contains(log.Lines, l => l.Contains("Lost the change feed", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Contains("reconnected", StringComparison.Ordinal));
    }

    private static (JobState, int) Pick(JobRecord? job) => (job!.State, job.Attempt);

    /// <summary>Keeps formatted log lines.</summary>
    private sealed class ListLogger
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines) return [.. _lines];
            }
        }

        public ILogger<T> For<T>() => new Typed<T>(this);

        private sealed class Typed<T>(ListLogger owner) : ILogger<T>
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (owner._lines) owner._lines.Add(formatter(state, exception));
            }
        }
    }
}
