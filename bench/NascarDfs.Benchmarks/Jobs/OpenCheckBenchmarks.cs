using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.Data.Sqlite;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.Benchmarks.Jobs;

/// <summary>
/// The cost of the check at open (issue 11 item 1) on a 100 MB job database (24,000 jobs with 2 KB configs, one 4 KB page each):
/// opening for reading only (no quick_check), for writing (<c>PRAGMA quick_check</c>, 2 s budget) and the full
/// <c>db check</c> (<c>integrity_check</c>). <c>dotnet run -c Release --project bench/NascarDfs.Benchmarks -- --filter '*OpenCheckBenchmarks*'</c>
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class OpenCheckBenchmarks
{
    private const int Jobs = 24_000;
    private string _folder = "";
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("nascardfs-opencheck-").FullName;
        _path = Path.Combine(_folder, "nascar-dfs.db");
        SqliteJobStore.OpenAsync(new JobStoreOptions { Path = _path }).GetAwaiter().GetResult().Dispose();
        using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            connection.Open();
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO jobs (id, kind, name, state, config, created_at, max_attempts) VALUES ($id, 'optimize', $name, 'completed', $config, 0, 3)";
            var id = command.Parameters.Add("$id", SqliteType.Text);
            var name = command.Parameters.Add("$name", SqliteType.Text);
            command.Parameters.AddWithValue("$config", "{\"x\":\"" + new string('c', 2000) + "\"}");
            for (var i = 0; i < Jobs; i++)
            {
                id.Value = i.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
                name.Value = "job " + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        SqliteConnection.ClearAllPools();
        Console.WriteLine($"// database: {new FileInfo(_path).Length / 1_000_000.0:F0} MB");
    }

    [Benchmark(Baseline = true)]
    public void OpenForReading() => Open(readsOnly: true);

    [Benchmark]
    public void OpenForWriting() => Open(readsOnly: false);

    [Benchmark]
    public int DbCheck() => SqliteJobStore.CheckIntegrity(_path).Count;

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Open(bool readsOnly)
    {
        using var store = SqliteJobStore.OpenAsync(new JobStoreOptions { Path = _path, ReadsOnly = readsOnly }).GetAwaiter().GetResult();
    }
}
