namespace NascarDfs.Jobs.Stores.Sqlite;

public sealed partial class SqliteJobStore
{
    /// <inheritdoc />
    public Task RegisterRunnerAsync(RunnerInfo runner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runner);
        return WriteAsync(
            "INSERT INTO runners (id, host, pid, process_started_at, concurrency, kinds, gpu, started_at, heartbeat_at) " +
            "VALUES ($id, $host, $pid, $pstart, $concurrency, $kinds, $gpu, $started, $now) " +
            "ON CONFLICT (id) DO UPDATE SET heartbeat_at = $now, concurrency = $concurrency, kinds = $kinds, gpu = $gpu",
            c =>
            {
                c.Parameters.AddWithValue("$id", runner.Id);
                c.Parameters.AddWithValue("$host", runner.Host);
                c.Parameters.AddWithValue("$pid", runner.ProcessId);
                c.Parameters.AddWithValue("$pstart", JobRows.ToMs(runner.ProcessStartedAt));
                c.Parameters.AddWithValue("$concurrency", runner.Concurrency);
                c.Parameters.AddWithValue("$kinds", RunnerRows.Kinds(runner));
                c.Parameters.AddWithValue("$gpu", runner.Gpu);
                c.Parameters.AddWithValue("$started", JobRows.ToMs(runner.StartedAt));
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task HeartbeatRunnerAsync(string runnerId, CancellationToken cancellationToken = default) =>
        WriteAsync("UPDATE runners SET heartbeat_at = $now WHERE id = $id", c => c.Parameters.AddWithValue("$id", runnerId), cancellationToken);

    /// <inheritdoc />
    public Task RemoveRunnerAsync(string runnerId, CancellationToken cancellationToken = default) =>
        WriteAsync("DELETE FROM runners WHERE id = $id", c => c.Parameters.AddWithValue("$id", runnerId), cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<RunnerInfo>> ListRunnersAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {RunnerRows.Columns} FROM runners ORDER BY started_at";
        return await JobRows.ReadAllAsync<RunnerInfo>(command, RunnerRows.Read, cancellationToken).ConfigureAwait(false);
    }
}
