using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace NascarDfs.App.Web.Extensions;

/// <summary>
/// The certificate of <c>serve --https</c> (issue 11 item 12): the user's own (<c>--cert</c> a .pfx/.p12, or a PEM
/// certificate with <c>--cert-key</c>), else a self-signed one made once and kept in the data folder
/// (<c>certs/serve-self-signed.pfx</c>), so the browser's exception for it holds from one start to the next. Its SHA-256
/// fingerprint is printed at start so a user can check that the certificate the browser shows is this one.
/// </summary>
internal static class ServeCertificate
{
    public const string SelfSignedFile = "serve-self-signed.pfx";

    /// <summary>Loads the user's certificate; a file that is missing or unreadable is an <see cref="ArgumentException"/> with a sentence.</summary>
    public static X509Certificate2 Load(string path, string? keyPath, string? password)
    {
        if (!File.Exists(path)) throw new ArgumentException($"--cert {path}: no such file.");
        if (keyPath is not null && !File.Exists(keyPath)) throw new ArgumentException($"--cert-key {keyPath}: no such file.");
        try
        {
            var certificate = keyPath is not null
                ? X509Certificate2.CreateFromPemFile(path, keyPath)
                : Path.GetExtension(path).ToLowerInvariant() is ".pem" or ".crt"
                    ? X509Certificate2.CreateFromPemFile(path)
                    : X509CertificateLoader.LoadPkcs12FromFile(path, password);
            if (!certificate.HasPrivateKey)
            {
                throw new ArgumentException($"--cert {path} has no private key: give a .pfx/.p12 that holds it, or the PEM key with --cert-key.");
            }

            return certificate;
        }
        catch (CryptographicException e)
        {
            throw new ArgumentException(
                $"--cert {path} cannot be read ({e.Message.TrimEnd('.')}): give a .pfx/.p12 (with --cert-password if it has one), " +
                "or a PEM certificate and --cert-key with its private key.",
                e);
        }
    }

    /// <summary>The kept self-signed certificate for <paramref name="host"/>, made (again) when missing, expiring or for another host.</summary>
    public static X509Certificate2 SelfSigned(string certsFolder, string host, TimeProvider time)
    {
        var path = Path.Combine(certsFolder, SelfSignedFile);
        var now = time.GetUtcNow();
        if (File.Exists(path))
        {
            try
            {
                var kept = X509CertificateLoader.LoadPkcs12FromFile(path, null);
                if (kept.HasPrivateKey && kept.NotAfter.ToUniversalTime() > now.UtcDateTime.AddDays(7) && Covers(kept, host)) return kept;
                kept.Dispose();
            }
            catch (CryptographicException)
            {
                // Made again below.
            }
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=NascarDfs serve (self-signed)", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        var bare = host.Trim('[', ']');
        if (IPAddress.TryParse(bare, out var address)) names.AddIpAddress(address);
        else if (bare is not ("localhost" or "*")) names.AddDnsName(bare);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var made = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(1));
        var pfx = made.Export(X509ContentType.Pfx);
        Directory.CreateDirectory(certsFolder);
        File.WriteAllBytes(path, pfx);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return X509CertificateLoader.LoadPkcs12(pfx, null);
    }

    /// <summary>"AB:CD:…", the SHA-256 fingerprint browsers show.</summary>
    public static string Fingerprint(X509Certificate2 certificate) =>
        string.Join(':', certificate.GetCertHash(HashAlgorithmName.SHA256).Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));

    private static bool Covers(X509Certificate2 certificate, string host)
    {
        var bare = host.Trim('[', ']');
        if (bare is "localhost" or "*" or "0.0.0.0" or "::") return true;
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().FirstOrDefault();
        if (names is null) return false;
        return IPAddress.TryParse(bare, out var address)
            ? names.EnumerateIPAddresses().Contains(address)
            : names.EnumerateDnsNames().Contains(bare, StringComparer.OrdinalIgnoreCase);
    }
}
