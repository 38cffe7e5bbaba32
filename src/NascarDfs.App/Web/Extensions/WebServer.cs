using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using NascarDfs.App.Services;

namespace NascarDfs.App.Web.Extensions;

/// <summary>Runs <c>serve</c>: builds the app, records its URL in <c>server.json</c>, opens the browser, waits for Ctrl+C.</summary>
internal static class WebServer
{
    /// <summary>Runs until Ctrl+C; a setting that fails validation at start is an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/>.</summary>
    public static async Task<int> RunAsync(ServeOptions options, JobsEnvironment jobs, AppSettings settings, IReadOnlyDictionary<string, string?> flags, bool openBrowser, CancellationToken cancellationToken)
    {
        await using var app = WebAppFactory.Build(options, jobs, settings, flags);
        await app.StartAsync(cancellationToken);
        var url = ListeningUrl(app, options);
        ServerFile.Write(options.Folder, url);
        try
        {
            Console.Out.WriteLine($"NascarDfs is serving at {url}");
            if (options.Certificate is { } certificate)
            {
                Console.Out.WriteLine($"HTTPS certificate SHA-256 fingerprint: {ServeCertificate.Fingerprint(certificate)} (check that the browser shows this one).");
            }
            else if (!options.IsLoopback)
            {
                Console.Error.WriteLine("Warning: plain HTTP sends the access token and your data in clear; use it on a trusted network only, or add --https.");
            }

            if (options.Token is { } token) Console.Out.WriteLine($"Open {url}/?token={token} (the access token; other machines need it).");
            Console.Out.WriteLine($"Data folder: {options.Folder.Root}. Ctrl+C stops (running jobs go back to the queue).");
            if (openBrowser) OpenBrowser(options.Token is null ? url : $"{url}/?token={options.Token}");
            await app.WaitForShutdownAsync(cancellationToken);
        }
        finally
        {
            ServerFile.Delete(options.Folder);
        }

        return 0;
    }

    private static string ListeningUrl(WebApplication app, ServeOptions options)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        var port = address is null ? options.Port : new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal)).Port;
        var host = options.Host.Contains(':', StringComparison.Ordinal) && !options.Host.StartsWith('[') ? $"[{options.Host}]" : options.Host;
        return $"{options.Scheme}://{host}:{port}";
    }

    private static void OpenBrowser(string url)
    {
        try
        {
            var start = OperatingSystem.IsWindows() ? new ProcessStartInfo(url) { UseShellExecute = true }
                : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", url) { UseShellExecute = false };
            using var _ = Process.Start(start);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Console.Error.WriteLine($"Could not open a browser ({e.Message}); open {url} yourself.");
        }
    }
}
