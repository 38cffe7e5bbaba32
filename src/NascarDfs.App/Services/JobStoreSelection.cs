using NascarDfs.Jobs;
using NascarDfs.Jobs.Stores.Postgres;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.App.Services;

/// <summary>
/// Which job store a command opens (SPEC §8, §9): <c>--store</c> / <c>NASCARDFS_STORE</c> when set — <c>sqlite:PATH</c>, a
/// <c>postgres://</c> URL or an Npgsql connection string — else the SQLite file of <c>--db</c> / <c>NASCARDFS_DB</c> / the data folder.
/// </summary>
internal static class JobStoreSelection
{
    public const string StoreVariable = "NASCARDFS_STORE";

    private const string SqlitePrefix = "sqlite:";

    /// <summary>Opens the selected store; a store that cannot be used raises <see cref="JobStoreException"/> with a sentence.</summary>
    public static async Task<IJobStore> OpenAsync(DataFolder folder, bool durable, bool readsOnly, CancellationToken cancellationToken)
    {
        if (SqlitePath(folder) is { } path)
        {
            return await SqliteJobStore.OpenAsync(new JobStoreOptions { Path = path, Durable = durable, ReadsOnly = readsOnly }, cancellationToken: cancellationToken);
        }

        var store = folder.Store!;
        if (IsPostgres(store))
        {
            return await PostgresJobStore.OpenAsync(new PostgresJobStoreOptions { ConnectionString = store }, cancellationToken: cancellationToken);
        }

        throw new JobStoreException(
            $"--store / {StoreVariable} '{store}' is not a store: give sqlite:PATH, a postgres://user@host/db URL or an Npgsql " +
            "connection string (Host=...;Username=...;Database=...).");
    }

    /// <summary>The SQLite file the options select, or null when they select PostgreSQL (or an unknown store).</summary>
    public static string? SqlitePath(DataFolder folder)
    {
        var store = folder.Store;
        if (store is null) return folder.DatabasePath;
        if (!store.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var path = store[SqlitePrefix.Length..];
        if (string.IsNullOrWhiteSpace(path)) throw new JobStoreException("--store sqlite: needs a file path after the colon, e.g. sqlite:/data/nascar-dfs.db.");
        return Path.GetFullPath(path);
    }

    private static bool IsPostgres(string store) =>
        store.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || store.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        (store.Contains('=', StringComparison.Ordinal) && store.Contains("host", StringComparison.OrdinalIgnoreCase));
}
