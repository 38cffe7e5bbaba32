using System.Globalization;
using Npgsql;

namespace NascarDfs.Jobs.Stores.Postgres;

/// <summary>Reads a <c>postgres://</c> URL or an Npgsql connection string into Npgsql's builder.</summary>
internal static class PostgresConnectionString
{
    /// <summary>Whether the text is a PostgreSQL URL (<c>postgres://</c> or <c>postgresql://</c>).</summary>
    public static bool IsUrl(string text) =>
        text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws <see cref="JobStoreException"/> with a sentence when the text is neither a URL nor a connection string.</summary>
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        try
        {
            var builder = IsUrl(text) ? FromUrl(new Uri(text)) : new NpgsqlConnectionStringBuilder(text);
            if (string.IsNullOrEmpty(builder.Host)) throw new FormatException("it names no host");
            return builder;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or UriFormatException or KeyNotFoundException)
        {
            throw new JobStoreException(
                $"The PostgreSQL store '{Redacted(text)}' cannot be read: {ex.Message.TrimEnd('.')}. Give a URL such as " +
                "postgres://user@host:5432/nascardfs or an Npgsql connection string such as Host=host;Username=user;Database=nascardfs.",
                ex);
        }
    }

    /// <summary>Host, port and database, for messages (never the password).</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        $"{builder.Host}:{builder.Port.ToString(CultureInfo.InvariantCulture)}/{builder.Database ?? builder.Username}" +
        (string.IsNullOrEmpty(builder.SearchPath) ? "" : $" (schema {builder.SearchPath})");

    private static NpgsqlConnectionStringBuilder FromUrl(Uri uri)
    {
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) builder.Port = uri.Port;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) builder.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) builder.Password = Uri.UnescapeDataString(parts[1]);
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            builder[key.ToLowerInvariant() switch
            {
                "sslmode" => "SSL Mode",
                "sslrootcert" => "Root Certificate",
                "application_name" => "Application Name",
                "connect_timeout" => "Timeout",
                _ => key,
            }] = value;
        }

        return builder;
    }

    private static string Redacted(string text) =>
        IsUrl(text)
            ? System.Text.RegularExpressions.Regex.Replace(text, "://([^:/@]*):[^@]*@", "://$1:***@")
            : text.Contains("password", StringComparison.OrdinalIgnoreCase) ? "(connection string)" : text;
}
