using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using NascarDfs.Jobs;
using NascarDfs.Jobs.Stores.Sqlite;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>
/// The real <c>nascar-dfs</c> program on a temp data folder with diagnostic jobs on: one-shot commands, long-running workers
/// (killed in <see cref="Dispose"/> whatever happens), and a store opened on the same file to check what the processes did.
/// </summary>
internal sealed class JobsCli : IDisposable
{
    private readonly List<Worker> _workers = [];
    private SqliteJobStore? _store;

    public JobsCli() => Directory.CreateDirectory(Folder);

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "nascardfs-jobs-" + Guid.NewGuid().ToString("N")[..12]);

    public string DatabasePath => Path.Combine(Folder, "nascar-dfs.db");

    /// <summary>A job store for every process (NASCARDFS_STORE), e.g. a PostgreSQL connection string; null: the SQLite file.</summary>
    public string? StoreSetting { get; init; }

    /// <summary>A store on the same database file (opened on first use, after the processes created it).</summary>
    public SqliteJobStore Store => _store ??= SqliteJobStore.OpenAsync(new JobStoreOptions { Path = DatabasePath }).GetAwaiter().GetResult();

    /// <summary>More environment variables for every process.</summary>
    public IDictionary<string, string>? Environment { get; init; }

    public ProcessStartInfo StartInfo(IEnumerable<string> args, bool diagnostic = true)
    {
        var info = AppProcess.StartInfo(args, Folder, Environment);
        info.Environment.Remove("NASCARDFS_DB");
        if (StoreSetting is null) info.Environment.Remove("NASCARDFS_STORE");
        else info.Environment["NASCARDFS_STORE"] = StoreSetting;
        if (diagnostic) info.Environment["NASCARDFS_DIAGNOSTIC_JOBS"] = "1";
        else info.Environment.Remove("NASCARDFS_DIAGNOSTIC_JOBS");
        return info;
    }

    /// <summary>Runs a command to completion, killing it after <paramref name="timeoutSeconds"/>.</summary>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] args, double timeoutSeconds = 60, bool diagnostic = true)
    {
        using var process = new Process { StartInfo = StartInfo(args, diagnostic) };
        var (stdout, stderr) = Capture(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"nascar-dfs {string.Join(' ', args)} overran {timeoutSeconds} s.\n{stdout}\n{stderr}");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Submits diagnostic.sleep jobs through the CLI; returns their ids.</summary>
    public async Task<string[]> SubmitSleepAsync(double seconds, int count = 1)
    {
        var run = await RunAsync(["jobs", "submit", "diagnostic.sleep", "--seconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "--count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(run.ExitCode == 0, run.Error);
        return run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>Starts <c>nascar-dfs worker</c>; it is killed when this fixture is disposed.</summary>
    public Worker StartWorker(int concurrency, params string[] options)
    {
        var process = new Process { StartInfo = StartInfo(["worker", "--concurrency", concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture), .. options]) };
        var (stdout, stderr) = Capture(process);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var worker = new Worker(process, stdout, stderr);
        _workers.Add(worker);
        return worker;
    }

    public async Task<JobRecord> GetAsync(string id) => (await Store.GetAsync(id))!;

    /// <summary>Polls until the condition holds; throws after the timeout.</summary>
    public static async Task<TimeSpan> WaitAsync(Func<Task<bool>> condition, double timeoutSeconds, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed.TotalSeconds > timeoutSeconds) throw new TimeoutException($"Timed out after {timeoutSeconds} s waiting for {what}.");
            await Task.Delay(20);
        }

        return clock.Elapsed;
    }

    public void Dispose()
    {
        foreach (var worker in _workers) worker.Dispose();
        _store?.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static (StringBuilder Out, StringBuilder Err) Capture(Process process)
    {
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        return (stdout, stderr);
    }

    /// <summary>A running worker process.</summary>
    public sealed class Worker(Process process, StringBuilder stdout, StringBuilder stderr) : IDisposable
    {
        public int ProcessId => process.Id;

        public bool HasExited => process.HasExited;

        public int ExitCode => process.ExitCode;

        public string Output
        {
            get
            {
                lock (stdout) lock (stderr) return stdout + "\n" + stderr;
            }
        }

        /// <summary>SIGKILL: no chance to clean up, as in a crash.</summary>
        public void Kill()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        /// <summary>SIGTERM: a clean shutdown.</summary>
        public async Task TerminateAsync(double timeoutSeconds = 20)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
            await process.WaitForExitAsync(timeout.Token);
        }

        public async Task WaitForExitAsync(double timeoutSeconds)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
            await process.WaitForExitAsync(timeout.Token);
        }

        public void Dispose()
        {
            try
            {
                if (!process.HasExited) Kill();
            }
            catch (InvalidOperationException)
            {
            }

            process.Dispose();
        }
    }
}
