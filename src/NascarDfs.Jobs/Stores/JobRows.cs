using System.Data.Common;

namespace NascarDfs.Jobs.Stores;

/// <summary>
/// Rows to records, the same columns and encodings in every store: states as lowercase words (the file reads well in the
/// sqlite3 shell), times as Unix milliseconds from the store's <see cref="TimeProvider"/>.
/// </summary>
internal static class JobRows
{
    /// <summary>Every column but the payloads: what lists, status and claims select.</summary>
    public const string SummaryColumns =
        "seq, id, kind, name, state, priority, created_at, started_at, finished_at, progress, progress_message, " +
        "error, attempt, max_attempts, cancel_requested_at, lease_owner, lease_host, lease_expires_at, rerun_of, ran_on, warning, prefer_gpu";

    /// <summary>The summary columns, then config and result.</summary>
    public const string Columns = SummaryColumns + ", config, result";

    private const int PayloadStart = 22;

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

    /// <summary>A summary from a row whose first columns are <see cref="SummaryColumns"/>.</summary>
    public static JobSummary ReadSummary(DbDataReader r) => new()
    {
        Sequence = r.GetInt64(0),
        Id = r.GetString(1),
        Kind = r.GetString(2),
        Name = r.GetString(3),
        State = ToState(r.GetString(4)),
        Priority = r.GetInt32(5),
        CreatedAt = Time(r, 6)!.Value,
        StartedAt = Time(r, 7),
        FinishedAt = Time(r, 8),
        Progress = r.GetInt32(9),
        ProgressMessage = NullableString(r, 10),
        Error = NullableString(r, 11),
        Attempt = r.GetInt32(12),
        MaxAttempts = r.GetInt32(13),
        CancelRequestedAt = Time(r, 14),
        LeaseOwner = NullableString(r, 15),
        LeaseHost = NullableString(r, 16),
        LeaseExpiresAt = Time(r, 17),
        RerunOf = NullableString(r, 18),
        RanOn = NullableString(r, 19),
        Warning = NullableString(r, 20),
        PreferGpu = r.GetBoolean(21),
    };

    /// <summary>A full record from a row of <see cref="Columns"/>.</summary>
    public static JobRecord ReadRecord(DbDataReader r) =>
        new(ReadSummary(r), r.GetString(PayloadStart), NullableString(r, PayloadStart + 1));

    public static async Task<List<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) list.Add(read(reader));
        return list;
    }

    public static Task<List<JobSummary>> ReadSummariesAsync(DbCommand command, CancellationToken cancellationToken) =>
        ReadAllAsync(command, ReadSummary, cancellationToken);

    public static Task<List<JobRecord>> ReadRecordsAsync(DbCommand command, CancellationToken cancellationToken) =>
        ReadAllAsync(command, ReadRecord, cancellationToken);

    /// <summary>Claims come back from RETURNING in no particular order: priority first, then submission order.</summary>
    public static void SortClaimed(List<JobSummary> claimed) =>
        claimed.Sort((a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Sequence.CompareTo(b.Sequence));

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? Time(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));
}
