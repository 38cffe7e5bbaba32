using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

public sealed partial class SqliteJobStore
{
    /// <inheritdoc />
    public Task RegisterRunnerAsync(RunnerInfo runner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runner);
        Write(
            "INSERT INTO runners (id, host, pid, process_started_at, concurrency, started_at, heartbeat_at) " +
            "VALUES ($id, $host, $pid, $pstart, $concurrency, $started, $now) " +
            "ON CONFLICT (id) DO UPDATE SET heartbeat_at = $now, concurrency = $concurrency",
            c =>
            {
                c.Parameters.AddWithValue("$id", runner.Id);
                c.Parameters.AddWithValue("$host", runner.Host);
                c.Parameters.AddWithValue("$pid", runner.ProcessId);
                c.Parameters.AddWithValue("$pstart", SqliteJobMapper.ToMs(runner.ProcessStartedAt));
                c.Parameters.AddWithValue("$concurrency", runner.Concurrency);
                c.Parameters.AddWithValue("$started", SqliteJobMapper.ToMs(runner.StartedAt));
            });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task HeartbeatRunnerAsync(string runnerId, CancellationToken cancellationToken = default)
    {
        Write("UPDATE runners SET heartbeat_at = $now WHERE id = $id", c => c.Parameters.AddWithValue("$id", runnerId));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveRunnerAsync(string runnerId, CancellationToken cancellationToken = default)
    {
        Write("DELETE FROM runners WHERE id = $id", c => c.Parameters.AddWithValue("$id", runnerId));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RunnerInfo>> ListRunnersAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, host, pid, process_started_at, concurrency, started_at, heartbeat_at FROM runners ORDER BY started_at";
        var runners = new List<RunnerInfo>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            runners.Add(new RunnerInfo(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetInt32(2),
                Time(reader, 3),
                reader.GetInt32(4),
                Time(reader, 5),
                Time(reader, 6)));
        }

        return Task.FromResult<IReadOnlyList<RunnerInfo>>(runners);
    }

    private static DateTimeOffset Time(SqliteDataReader reader, int i) => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(i));
}
