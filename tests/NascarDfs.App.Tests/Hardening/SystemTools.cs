using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>
/// Real file-system conditions for the hardening tests: an immutable file or folder (<c>chattr +i</c>, which stops root
/// too), and a full disk (a small tmpfs mounted in a private mount namespace with <c>unshare</c>, gone when the run ends).
/// The tests run as root, here and in CI.
/// </summary>
internal static class SystemTools
{
    /// <summary>Makes <paramref name="path"/> immutable until the scope is disposed.</summary>
    public static IDisposable Immutable(string path)
    {
        Run("chattr", "+i", path);
        return new Scope(() => Run("chattr", "-i", path));
    }

    /// <summary>SHA-256 of a file, or "absent".</summary>
    public static string Hash(string path) => File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "absent";

    /// <summary>
    /// Runs <paramref name="script"/> (sh) in a private mount namespace where <paramref name="mountPoint"/> is a fresh
    /// tmpfs of <paramref name="kib"/> KiB; <c>$APP</c> is the nascar-dfs command line, <c>fill</c> fills the disk to the last byte.
    /// </summary>
    public static async Task<AppRun> OnSmallDiskAsync(string mountPoint, int kib, string script, string dataFolder)
    {
        Directory.CreateDirectory(mountPoint);
        var info = AppProcess.StartInfo([], dataFolder);
        info.FileName = "unshare";
        info.ArgumentList.Clear();
        foreach (var arg in new[] { "--mount", "--propagation", "private", "sh", "-c", $"fill() {{ dd if=/dev/zero of='{mountPoint}/fill' bs=1k 2>/dev/null; dd if=/dev/zero of='{mountPoint}/fill2' bs=1 2>/dev/null; true; }}; mount -t tmpfs -o size={kib.ToString(CultureInfo.InvariantCulture)}k tmpfs '{mountPoint}' && {script}" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["APP"] = $"dotnet {AppProcess.AppDll}";
        info.Environment["NASCARDFS_DIAGNOSTIC_JOBS"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return new AppRun(process.ExitCode, await stdout, await stderr);
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, UseShellExecute = false })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed: {error}");
    }

    private sealed class Scope(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    /// <summary>Decodes the "(details: PATH)" of an error sentence.</summary>
    public static string? DetailsFile(string error)
    {
        const string Marker = "(details: ";
        var start = error.IndexOf(Marker, StringComparison.Ordinal);
        if (start < 0) return null;
        var end = error.IndexOf(')', start);
        return error[(start + Marker.Length)..end];
    }
}
