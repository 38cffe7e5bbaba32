using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using NascarDfs.App.Tests.Web;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>
/// Issue 11 item 12: remote mode can be served over HTTPS — the user's certificate or a self-signed one whose fingerprint
/// is printed — and the token cookie is then <c>Secure</c>, so the browser never sends it in clear.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class HttpsTests
{
    [Fact(Timeout = 120_000)]
    public async Task Https_SelfSigned_PrintsTheFingerprintItServes_AndTheTokenCookieIsSecure()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--https", "--allow-remote"]);
        var printed = Fingerprint().Match(server.Output).Groups[1].Value;

        var (served, response) = await GetAsync(server.Url + "/?token=" + server.Token);

        Assert.StartsWith("https://", server.Url, StringComparison.Ordinal);
        Assert.NotEmpty(printed);
        Assert.Equal(printed, served);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(File.Exists(Path.Combine(folder.Path, "certs", "serve-self-signed.pfx")), "kept for the next start");
    }

    [Fact(Timeout = 120_000)]
    public async Task Https_WithThePfxGiven_ServesThatCertificate()
    {
        using var folder = new TempFolder();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var made = new CertificateRequest("CN=test.example", key, HashAlgorithmName.SHA256).CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pfx = folder.File("mine.pfx");
        await File.WriteAllBytesAsync(pfx, made.Export(X509ContentType.Pfx, "s3cret"));
        var expected = string.Join(':', made.GetCertHash(HashAlgorithmName.SHA256).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

        await using var server = await ServerProcess.StartAsync(folder.Path, ["--cert", pfx, "--cert-password", "s3cret"]);
        var (served, response) = await GetAsync(server.Url + "/api/status");

        Assert.Equal(expected, served);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Https_UnreadableCertificate_RefusedWithASentence()
    {
        using var folder = new TempFolder();
        var bad = folder.File("bad.pfx");
        await File.WriteAllTextAsync(bad, "not a certificate");

        var run = await AppProcess.RunAsync(["serve", "--no-browser", "--port", "0", "--cert", bad], folder.Path, TimeSpan.FromSeconds(60));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"--cert {bad} cannot be read", run.Error);
        Assert.DoesNotContain("   at ", run.All);
    }

    [Fact(Timeout = 120_000)]
    public async Task PlainHttpRemote_TokenCookieIsNotMarkedSecure_ItWouldNotBeSentBack()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--allow-remote"]);

        var (_, response) = await GetAsync(server.Url + "/?token=" + server.Token);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<(string? Fingerprint, HttpResponseMessage Response)> GetAsync(string url)
    {
        string? seen = null;
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                seen = certificate is null ? null : string.Join(':', certificate.GetCertHash(HashAlgorithmName.SHA256).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
                return true;
            },
        };
        using var http = new HttpClient(handler);
        var response = await http.GetAsync(new Uri(url));
        return (seen, response);
    }

    [GeneratedRegex("SHA-256 fingerprint: ([0-9A-F:]+)")]
    private static partial Regex Fingerprint();
}
