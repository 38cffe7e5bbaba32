using System.Text;

namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>Checks a file before SQLite touches it, so a file that is not a database is never modified.</summary>
internal static class SqliteDatabaseFile
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>True when the file is missing or empty (a new database may be created there).</summary>
    public static bool IsNew(string path) => !File.Exists(path) || new FileInfo(path).Length == 0;

    /// <summary>Throws when an existing file does not start with the SQLite header.</summary>
    public static void EnsureSqliteHeader(string path)
    {
        var buffer = new byte[Header.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        if (read < Header.Length || !buffer.AsSpan().SequenceEqual(Header))
        {
            throw new JobStoreException(
                $"'{path}' is not a NascarDfs database (it is not an SQLite file). It was left untouched: " +
                "move it away, or point --db / NASCARDFS_DB at another file.");
        }
    }
}
