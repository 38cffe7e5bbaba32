using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>Rows to records. States are stored as lowercase words so the file reads well in the sqlite3 shell.</summary>
internal static class SqliteJobMapper
{
    public const string Columns =
        "seq, id, kind, name, state, priority, config, result, created_at, started_at, finished_at, progress, progress_message, " +
        "error, attempt, max_attempts, cancel_requested_at, lease_owner, lease_host, lease_expires_at, rerun_of";

    public static string ToText(JobState state) => state switch
    {
        JobState.Queued => "queued",
        JobState.Running => "running",
        JobState.Completed => "completed",
        JobState.Failed => "failed",
        JobState.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static JobState ToState(string text) => text switch
    {
        "queued" => JobState.Queued,
        "running" => JobState.Running,
        "completed" => JobState.Completed,
        "failed" => JobState.Failed,
        "cancelled" => JobState.Cancelled,
        _ => throw new JobStoreException($"Unknown job state '{text}' in the database."),
    };

    public static long ToMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static JobRecord Read(SqliteDataReader r) => new()
    {
        Sequence = r.GetInt64(0),
        Id = r.GetString(1),
        Kind = r.GetString(2),
        Name = r.GetString(3),
        State = ToState(r.GetString(4)),
        Priority = r.GetInt32(5),
        Config = r.GetString(6),
        Result = NullableString(r, 7),
        CreatedAt = Time(r, 8)!.Value,
        StartedAt = Time(r, 9),
        FinishedAt = Time(r, 10),
        Progress = r.GetInt32(11),
        ProgressMessage = NullableString(r, 12),
        Error = NullableString(r, 13),
        Attempt = r.GetInt32(14),
        MaxAttempts = r.GetInt32(15),
        CancelRequestedAt = Time(r, 16),
        LeaseOwner = NullableString(r, 17),
        LeaseHost = NullableString(r, 18),
        LeaseExpiresAt = Time(r, 19),
        RerunOf = NullableString(r, 20),
    };

    public static List<JobRecord> ReadAll(SqliteCommand command)
    {
        var list = new List<JobRecord>();
        using var reader = command.ExecuteReader();
        while (reader.Read()) list.Add(Read(reader));
        return list;
    }

    private static string? NullableString(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? Time(SqliteDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));
}
