using NascarDfs.App.Services;

namespace NascarDfs.App.Web.Extensions;

/// <summary>How <c>serve</c> runs the web app (SPEC §7): address, safety and the in-process job runner.</summary>
internal sealed record ServeOptions
{
    public const string DefaultHost = "127.0.0.1";
    public const int DefaultPort = 5057;

    public required DataFolder Folder { get; init; }

    public bool Durable { get; init; }

    /// <summary>The address to bind: loopback by default; any other needs <see cref="AllowRemote"/>.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>1–65535, or 0 for a free port chosen by the OS (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>Jobs run at once on this machine (SPEC §9; default: cores).</summary>
    public int Concurrency { get; init; } = Environment.ProcessorCount;

    public bool AllowRemote { get; init; }

    /// <summary>The access token every request needs when <see cref="AllowRemote"/> is on; null otherwise.</summary>
    public string? Token { get; init; }

    /// <summary>The certificate of <c>--https</c>; null serves plain HTTP (for a trusted network only when remote).</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? Certificate { get; init; }

    /// <summary>"https" with a certificate, else "http".</summary>
    public string Scheme => Certificate is null ? "http" : "https";

    /// <summary>Whether <see cref="Host"/> is a loopback name or address.</summary>
    public bool IsLoopback => IsLoopbackHost(Host);

    /// <summary>Throws <see cref="ArgumentException"/> with a sentence when the options do not fit together.</summary>
    public void Validate()
    {
        foreach (var (key, value) in new[] { (nameof(AppSettings.Port), Port), (nameof(AppSettings.Concurrency), Concurrency) })
        {
            var flag = "--" + key.ToLowerInvariant();
            if (AppConfiguration.Check(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture), flag, out _) is { } problem) throw new ArgumentException(problem);
        }
        if (!IsLoopback && !AllowRemote)
        {
            throw new ArgumentException($"--host {Host} is reachable from other machines; add --allow-remote (requests then need the access token printed at start).");
        }

        if (AllowRemote && string.IsNullOrEmpty(Token)) throw new ArgumentException("--allow-remote needs an access token.");
    }

    public static bool IsLoopbackHost(string host) =>
        host is "localhost" or "::1" or "[::1]" ||
        (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));
}
