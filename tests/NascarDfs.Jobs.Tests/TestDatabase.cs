using Microsoft.Data.Sqlite;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.Jobs.Tests;

/// <summary>A temp folder with a database path in it, deleted afterwards.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("nascardfs-jobs-").FullName;
        Path = System.IO.Path.Combine(Folder, "nascar-dfs.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteJobStore Open(TimeProvider? time = null, bool durable = false) =>
        SqliteJobStore.OpenAsync(new JobStoreOptions { Path = Path, Durable = durable }, time).GetAwaiter().GetResult();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
