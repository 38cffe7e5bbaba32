using System.Diagnostics;
using System.Text;

namespace NascarDfs.App.Tests;

/// <summary>
/// Runs the real <c>nascar-dfs</c> program (the built app next to the test assembly) as a child process with its
/// own temp data folder and a timeout; the process tree is killed if it overruns, so nothing outlives the test.
/// </summary>
internal static class AppProcess
{
    /// <summary>The app beside the test assembly (the project reference copies it), else the app's own build output.</summary>
    public static string AppDll
    {
        get
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "nascar-dfs.dll");
            if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "nascar-dfs.runtimeconfig.json"))) return beside;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            return Path.Combine(NascarDfs.Testing.TestData.RepositoryRoot, "src", "NascarDfs.App", "bin", configuration, "net10.0", "nascar-dfs.dll");
        }
    }

    public static ProcessStartInfo StartInfo(IEnumerable<string> args, string dataFolder, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = dataFolder,
        };
        info.ArgumentList.Add(AppDll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["NASCARDFS_HOME"] = dataFolder;
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return info;
    }

    /// <summary>Runs to completion (or kills at <paramref name="timeout"/>) and returns the exit code and output.</summary>
    public static async Task<AppRun> RunAsync(IEnumerable<string> args, string dataFolder, TimeSpan? timeout = null, IDictionary<string, string>? environment = null)
    {
        using var process = Process.Start(StartInfo(args, dataFolder, environment))!;
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cancellation = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"nascar-dfs {string.Join(' ', args)} did not finish in time. Output so far:\n{stdout}\n{stderr}");
        }

        process.WaitForExit(); // drain the output readers
        return new AppRun(process.ExitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>The outcome of one run of the program.</summary>
internal sealed record AppRun(int ExitCode, string Output, string Error)
{
    public string All => Output + Error;
}
