using Microsoft.Extensions.Logging;
using NascarDfs.Jobs.Maintenance;

namespace NascarDfs.Jobs.Tests.Maintenance;

/// <summary>A maintenance pass that fails is logged with its exception, and the service keeps running.</summary>
public sealed class MaintenanceLoggingTests
{
    [Fact]
    public async Task Pruner_StoreFails_LogsAWarningWithTheException()
    {
        using var db = new TestDatabase();
        using var store = db.Open();
        Break(db); // every pass now throws
        var logger = new ListLogger<JobPruner>();
        using var pruner = new JobPruner(store, logger: logger);

        await pruner.StartAsync(CancellationToken.None);
        await WaitAsync(() => logger.Entries.Count > 0);
        await pruner.StopAsync(CancellationToken.None);

        var (level, message, exception) = logger.Entries[0];
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("prune pass failed", message, StringComparison.Ordinal);
        Assert.NotNull(exception);
    }

    [Fact]
    public async Task Rescuer_StoreFails_LogsAWarningWithTheException()
    {
        using var db = new TestDatabase();
        using var store = db.Open();
        var logger = new ListLogger<JobRescuer>();
        using var rescuer = new JobRescuer(store, new JobRescuerOptions { Interval = TimeSpan.FromMilliseconds(100) }, logger: logger);
        await rescuer.StartAsync(CancellationToken.None);
        Break(db); // the passes after the first one at start throw

        await WaitAsync(() => logger.Entries.Count > 0);
        await rescuer.StopAsync(CancellationToken.None);

        var (level, message, exception) = logger.Entries[0];
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("rescue pass failed", message, StringComparison.Ordinal);
        Assert.NotNull(exception);
    }

    // The file stops being a database under the open store: the next connection fails as a damaged file would.
    private static void Break(TestDatabase db)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(db.Folder)) File.WriteAllText(file, "not a database, not at all, just text padding it out");
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++) await Task.Delay(20);
        Assert.True(condition(), "nothing was logged");
    }

    private sealed class ListLogger<T> : ILogger<T>
    {
        private readonly Lock _gate = new();
        private readonly List<(LogLevel, string, Exception?)> _entries = [];

        public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Entries
        {
            get
            {
                lock (_gate) return [.. _entries];
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_gate) _entries.Add((logLevel, formatter(state, exception), exception));
        }
    }
}
