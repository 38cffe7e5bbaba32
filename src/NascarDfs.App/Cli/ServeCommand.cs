using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NascarDfs.App.Services;
using NascarDfs.App.Web.Extensions;
using NascarDfs.Jobs;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>
/// <c>serve</c>: the local web app (SPEC §7) with the job runner in-process. Loopback by default; <c>--allow-remote</c>
/// prints an access token that every request then needs. Ctrl+C is a clean shutdown (running jobs go back to the queue).
/// </summary>
internal sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : DatabaseSettings
    {
        [CommandOption("--host <HOST>")]
        [Description("Address to listen on (default 127.0.0.1; another needs --allow-remote).")]
        public string? Host { get; init; }

        [CommandOption("--port <PORT>")]
        [Description("Port (default 5057: an installed web app belongs to its address, so the default never changes; 0 = any free port).")]
        public int? Port { get; init; }

        [CommandOption("--concurrency <N>")]
        [Description("Jobs run at once on this machine, across every process using the database (default: number of cores).")]
        public int? Concurrency { get; init; }

        [CommandOption("--no-browser")]
        [Description("Do not open the browser.")]
        public bool NoBrowser { get; init; }

        [CommandOption("--https")]
        [Description("Serve HTTPS: with --cert, else a self-signed certificate kept in the data folder (its fingerprint is printed). Plain HTTP remote mode is for trusted networks only.")]
        public bool Https { get; init; }

        [CommandOption("--cert <PATH>")]
        [Description("The HTTPS certificate: a .pfx/.p12 (with --cert-password), or a PEM certificate with --cert-key (implies --https).")]
        public string? Certificate { get; init; }

        [CommandOption("--cert-key <PATH>")]
        [Description("The PEM private key of a PEM --cert.")]
        public string? CertificateKey { get; init; }

        [CommandOption("--cert-password <PASSWORD>")]
        [Description("The password of a .pfx --cert (env NASCARDFS_CERT_PASSWORD).")]
        public string? CertificatePassword { get; init; }

        [CommandOption("--allow-remote")]
        [Description("Allow a non-loopback --host; every request then needs the access token printed at start.")]
        public bool AllowRemote { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = settings.ResolveDataFolder();
        var flags = new Dictionary<string, string?>
        {
            [nameof(AppSettings.Port)] = settings.Port?.ToString(CultureInfo.InvariantCulture),
            [nameof(AppSettings.Concurrency)] = settings.Concurrency?.ToString(CultureInfo.InvariantCulture),
        };
        try
        {
            var app = AppConfiguration.Read(AppConfiguration.Build(folder, flags), folder, flags);
            var options = new ServeOptions
            {
                Folder = folder,
                Durable = settings.Durable,
                Host = settings.Host ?? ServeOptions.DefaultHost,
                Port = app.Port,
                Concurrency = app.Concurrency,
                AllowRemote = settings.AllowRemote,
                Token = settings.AllowRemote ? RandomNumberGenerator.GetHexString(32, lowercase: true) : null,
                Certificate = Certificate(settings, folder),
            };
            options.Validate();

            // Opened before the host is built, so a database it must not touch stops `serve` before it binds a port.
            using var jobs = await JobsEnvironment.OpenAsync(folder, settings.Durable, cancellationToken);
            return await WebServer.RunAsync(options, jobs, app, flags, openBrowser: !settings.NoBrowser, cancellationToken);
        }
        catch (ArgumentException e)
        {
            return CliErrors.Fail(e.Message);
        }
        catch (OptionsValidationException e)
        {
            return CliErrors.Fail(string.Join(" ", e.Failures));
        }
        catch (JobStoreException e)
        {
            return CliErrors.Fail(e.Message, e.InnerException);
        }
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate(Settings settings, DataFolder folder)
    {
        if (settings.Certificate is { } path)
        {
            var password = settings.CertificatePassword ?? Environment.GetEnvironmentVariable("NASCARDFS_CERT_PASSWORD");
            return ServeCertificate.Load(Path.GetFullPath(path), settings.CertificateKey is { } key ? Path.GetFullPath(key) : null, password);
        }

        if (settings.CertificateKey is not null) throw new ArgumentException("--cert-key needs --cert, the PEM certificate it belongs to.");
        return settings.Https ? ServeCertificate.SelfSigned(Path.Combine(folder.Root, "certs"), settings.Host ?? ServeOptions.DefaultHost, TimeProvider.System) : null;
    }
}
