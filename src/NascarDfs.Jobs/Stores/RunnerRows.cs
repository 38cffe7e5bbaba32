using System.Data.Common;

namespace NascarDfs.Jobs.Stores;

/// <summary>The runners table's rows, the same in every store.</summary>
internal static class RunnerRows
{
    public const string Columns = "id, host, pid, process_started_at, concurrency, started_at, heartbeat_at, kinds, gpu";

    /// <summary>The kinds as stored: comma-separated (kinds are identifiers, never commas).</summary>
    public static string Kinds(RunnerInfo runner) => string.Join(',', runner.Kinds);

    public static RunnerInfo Read(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetInt32(2),
        Time(r, 3),
        r.GetInt32(4),
        Time(r, 5),
        Time(r, 6))
    {
        Kinds = r.GetString(7).Split(',', StringSplitOptions.RemoveEmptyEntries),
        Gpu = r.GetBoolean(8),
    };

    private static DateTimeOffset Time(DbDataReader r, int i) => DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(i));
}
