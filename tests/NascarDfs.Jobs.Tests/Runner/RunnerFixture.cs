using NascarDfs.Jobs.Events;
using NascarDfs.Jobs.Handlers;
using NascarDfs.Jobs.Runner;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.Jobs.Tests.Runner;

/// <summary>A database, a registry, events, a service and a runner with fast polling.</summary>
internal sealed class RunnerFixture : IAsyncDisposable
{
    private readonly TestDatabase _db = new();

    public RunnerFixture(int concurrency = 2, params IJobHandler[] handlers)
        : this(new JobRunnerOptions { Concurrency = concurrency, PollInterval = TimeSpan.FromMilliseconds(50), CancelPollInterval = TimeSpan.FromMilliseconds(100) }, handlers)
    {
    }

    public RunnerFixture(JobRunnerOptions options, params IJobHandler[] handlers)
    {
        Store = _db.Open();
        foreach (var handler in handlers) Registry.Add(handler);
        Service = new JobService(Store, Events, Registry);
        Options = options;
        Runner = new JobRunner(Store, Registry, Events, Options);
    }

    public SqliteJobStore Store { get; }

    public JobHandlerRegistry Registry { get; } = new();

    public JobEvents Events { get; } = new();

    public JobService Service { get; }

    public JobRunnerOptions Options { get; }

    public JobRunner Runner { get; }

    public string DatabasePath => _db.Path;

    /// <summary>Another store on the same file, as another process would open it (no in-process events reach the runner).</summary>
    public SqliteJobStore OpenAnotherStore() => _db.Open();

    public Task StartAsync() => Runner.StartAsync(CancellationToken.None);

    public Task<JobRecord> SubmitAsync(string kind, string name = "job") =>
        Service.SubmitAsync(new JobSubmission(kind, name, "{}"));

    public Task<TimeSpan> WaitForStateAsync(string id, JobState state, double seconds = 10) =>
        Eventually.HoldsAsync(async () => (await Store.GetAsync(id))!.State == state, TimeSpan.FromSeconds(seconds), $"job {id} {state}");

    public async ValueTask DisposeAsync()
    {
        await Runner.StopAsync(CancellationToken.None);
        Runner.Dispose();
        Store.Dispose();
        _db.Dispose();
    }
}
