using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace NascarDfs.Jobs.Tests.Stores.Postgres;

/// <summary>
/// A real PostgreSQL server for the tests: the one named by <c>NASCARDFS_TEST_POSTGRES</c> (a connection string; CI starts
/// one), or else a throwaway cluster this fixture creates with <c>initdb</c> and <c>pg_ctl</c> in a temp folder, on a free
/// local port, as an unprivileged user (<c>postgres</c> through <c>runuser</c> when the tests run as root), and stops at the
/// end. When neither works the tests fail with a sentence that says why: they never skip.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "NASCARDFS_TEST_POSTGRES";

    private readonly string? _dataDir;
    private readonly string? _binDir;
    private readonly string _serverOptions = "";
    private int _schemas;

    public PostgresServer()
        : this(ownCluster: false)
    {
    }

    private PostgresServer(bool ownCluster)
    {
        var given = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!ownCluster && !string.IsNullOrWhiteSpace(given))
        {
            AdminConnectionString = given;
            return;
        }

        _binDir = FindBinDir() ?? throw new InvalidOperationException(
            $"PostgreSQL tests need a server: install Debian's postgresql package (initdb, pg_ctl) or set {EnvironmentVariable} to a connection string.");
        _dataDir = Directory.CreateTempSubdirectory("nascardfs-pg-").FullName;
        var port = FreePort();
        _serverOptions = $"-p {port} -k {_dataDir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300";
        try
        {
            if (IsRoot) Run("chown", "-R", "postgres:postgres", _dataDir);
            RunAsServerUser("initdb", "-D", _dataDir, "-U", "nascardfs", "--auth=trust", "-E", "UTF8", "--no-sync");
            Start();
        }
        catch (Exception ex)
        {
            var log = Path.Combine(_dataDir, "server.log");
            throw new InvalidOperationException(
                $"Could not start a throwaway PostgreSQL cluster in {_dataDir}: {ex.Message} {(File.Exists(log) ? File.ReadAllText(log) : "")}", ex);
        }

        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=nascardfs;Database=postgres;Pooling=false";
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    /// <summary>A superuser connection to the server's <c>postgres</c> database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>A connection string whose search path is a new, empty schema: a fresh store for each test.</summary>
    public string NewSchema()
    {
        // At most 40 characters (a short process id makes it shorter).
        var name = $"t{Environment.ProcessId}_{Interlocked.Increment(ref _schemas)}_{Guid.NewGuid():N}";
        var schema = name[..Math.Min(40, name.Length)];
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA \"{schema}\"", connection);
        command.ExecuteNonQuery();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { SearchPath = schema, Pooling = true }.ToString();
    }

    public void Dispose() => Stop();

    /// <summary>Always a throwaway cluster of its own (one a test may restart), whatever the environment says.</summary>
    public static PostgresServer StartOwnCluster() => new(ownCluster: true);

    /// <summary>Kills the server (as a crash would), waits, and starts it again on the same port.</summary>
    public void Restart(TimeSpan down)
    {
        if (_dataDir is null) throw new InvalidOperationException("Only a cluster this fixture started can be restarted.");
        RunAsServerUser("pg_ctl", "-D", _dataDir, "-m", "immediate", "-w", "stop");
        Thread.Sleep(down);
        Start();
    }

    private void Start() =>
        RunAsServerUser("pg_ctl", "-D", _dataDir!, "-l", Path.Combine(_dataDir!, "server.log"), "-w", "-t", "60", "-o", _serverOptions, "start");

    private static bool IsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    private void Stop()
    {
        if (_dataDir is null || !Directory.Exists(_dataDir)) return;
        try
        {
            NpgsqlConnection.ClearAllPools();
            RunAsServerUser("pg_ctl", "-D", _dataDir, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void RunAsServerUser(string tool, params string[] args)
    {
        var path = Path.Combine(_binDir!, tool);
        if (IsRoot) Run("runuser", ["-u", "postgres", "--", path, .. args]);
        else Run(path, args);
    }

    private static void Run(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90))) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited with {process.ExitCode}: {error.Result}{output.Result}");
        }
    }

    private static string? FindBinDir()
    {
        const string debian = "/usr/lib/postgresql";
        if (Directory.Exists(debian))
        {
            var best = Directory.GetDirectories(debian)
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault();
            if (best is not null) return best;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
