namespace NascarDfs.Jobs.Stores.Sqlite;

public sealed partial class SqliteJobStore
{
    /// <summary>The ORDER BY of a history page: only these fixed expressions, never text from the query.</summary>
    private static string OrderBy(JobQuery query, long nowMs)
    {
        var column = query.Sort switch
        {
            JobSort.Name => "name COLLATE NOCASE",
            JobSort.State => "CASE state WHEN 'queued' THEN 0 WHEN 'running' THEN 1 WHEN 'completed' THEN 2 WHEN 'failed' THEN 3 ELSE 4 END",
            JobSort.Duration => $"(coalesce(finished_at, {nowMs}) - started_at)",
            JobSort.Progress => "progress",
            _ => null,
        };
        var direction = query.Ascending ? "ASC" : "DESC";
        return column is null ? $"seq {direction}" : $"{column} {direction}, seq DESC";
    }
}
