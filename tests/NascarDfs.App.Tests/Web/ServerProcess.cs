using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// The real <c>nascar-dfs serve</c> on a free loopback port (port 0: the OS picks, the server prints its URL) with a temp
/// data folder and the diagnostic jobs on. Disposing stops it cleanly (SIGTERM), then kills the tree if it lingers.
/// </summary>
internal sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process) => _process = process;

    public string Url { get; private set; } = "";

    /// <summary>The access token printed with <c>--allow-remote</c>.</summary>
    public string? Token { get; private set; }

    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public int ProcessId => _process.Id;

    /// <summary>Whether the server exited (by itself: Quit in the status menu).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once <see cref="HasExited"/>.</summary>
    public int ExitCode => _process.ExitCode;

    public static async Task<ServerProcess> StartAsync(string dataFolder, IEnumerable<string>? extraArgs = null, IDictionary<string, string>? environment = null)
    {
        var env = new Dictionary<string, string> { ["NASCARDFS_DIAGNOSTIC_JOBS"] = "1", ["NASCARDFS_NOTIFY_LOG"] = Path.Combine(dataFolder, "os-notifications.log") };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) env[key] = value;
        var args = new List<string> { "serve", "--no-browser", "--port", "0" };
        args.AddRange(extraArgs ?? []);
        var server = new ServerProcess(Process.Start(AppProcess.StartInfo(args, dataFolder, env))!);
        server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await Poll.UntilAsync(() => server.UrlMatch() is not null || server._process.HasExited, TimeSpan.FromSeconds(60), "the server to print its URL");
            if (server._process.HasExited) throw new InvalidOperationException($"serve exited with {server._process.ExitCode}:\n{server.Output}");
            server.Url = server.UrlMatch()!;
            if (server.TokenMatch() is { } token) server.Token = token;
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops like Ctrl+C would and waits for the exit (running jobs go back to the queue).</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private string? UrlMatch() => UrlPattern().Match(Output) is { Success: true } m ? m.Groups[1].Value : null;

    private string? TokenMatch() => TokenPattern().Match(Output) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"serving at (https?://\S+)")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\?token=([0-9a-f]+)")]
    private static partial Regex TokenPattern();
}
