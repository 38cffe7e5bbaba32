using System.Text.Json;
using NascarDfs.App.Services;

namespace NascarDfs.App.Web.Extensions;

/// <summary>
/// <c>settings.json</c> in the data folder (SPEC §7): concurrency, retention, default site and port. Environment variables
/// (<c>NASCARDFS_PORT</c>, <c>NASCARDFS_CONCURRENCY</c>, <c>NASCARDFS_RETENTION_DAYS</c>, <c>NASCARDFS_SITE</c>) override the
/// file, and flags override both. A missing file means defaults; a malformed one is an error naming the file.
/// </summary>
internal sealed record WebSettings
{
    public int? Concurrency { get; init; }

    public int? RetentionDays { get; init; }

    public string? DefaultSite { get; init; }

    public int? Port { get; init; }

    public static WebSettings Load(DataFolder folder, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var file = new WebSettings();
        if (File.Exists(folder.SettingsPath))
        {
            try
            {
                file = JsonSerializer.Deserialize<WebSettings>(File.ReadAllText(folder.SettingsPath), AppJson.Strict) ?? file;
            }
            catch (JsonException e)
            {
                throw new ArgumentException($"{folder.SettingsPath}: not valid settings ({e.Message.Split(" Path:")[0]}).", e);
            }
        }

        return file with
        {
            Concurrency = Int(environment("NASCARDFS_CONCURRENCY")) ?? file.Concurrency,
            RetentionDays = Int(environment("NASCARDFS_RETENTION_DAYS")) ?? file.RetentionDays,
            DefaultSite = NonEmpty(environment("NASCARDFS_SITE")) ?? file.DefaultSite,
            Port = Int(environment("NASCARDFS_PORT")) ?? file.Port,
        };
    }

    private static int? Int(string? text) => int.TryParse(text, out var value) ? value : null;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
