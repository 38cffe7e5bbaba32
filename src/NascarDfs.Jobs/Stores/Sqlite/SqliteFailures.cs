using Microsoft.Data.Sqlite;

namespace NascarDfs.Jobs.Stores.Sqlite;

/// <summary>
/// The one place an SQLite error becomes a sentence for the user (issue 11 items 5–7): what is wrong with the database file
/// and what to do — read-only, disk full, damaged — never "SQLite Error 11" or a stack trace.
/// </summary>
public static class SqliteFailures
{
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int NotADatabase = 26;

    /// <summary>The sentence for an SQLite error on <paramref name="path"/>, or null when the exception is not one of them.</summary>
    public static string? Describe(Exception exception, string path)
    {
        var sqlite = exception as SqliteException ?? exception.InnerException as SqliteException;
        return sqlite is null ? null : Describe(sqlite, path);
    }

    /// <summary>The sentence for an SQLite error on <paramref name="path"/>.</summary>
    public static string Describe(SqliteException exception, string path)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.SqliteErrorCode switch
        {
            ReadOnly => ReadOnlySentence(path),
            Full => DiskFullSentence(path),
            Corrupt or NotADatabase => DamagedSentence(path, Detail(exception)),
            CantOpen when File.Exists(path) && !FolderWritable(Path.GetDirectoryName(Path.GetFullPath(path))!) =>
                $"The folder holding '{path}' is read-only, and SQLite must create its -wal and -shm files beside the database. " +
                "Make the folder writable, or copy the database to a writable folder and point --db / NASCARDFS_DB at it.",
            CantOpen => $"'{path}' cannot be opened: its folder is missing or not accessible. " +
                "Check the folder and its permissions, or point --db / NASCARDFS_DB at another file.",
            IoError when FreeSpace(path) < NearlyFullBytes => DiskFullSentence(path),
            IoError => $"Reading or writing '{path}' failed with a disk I/O error (the disk may be full, removed or failing). " +
                "Free some space or check the disk, then try again.",
            _ => $"'{path}' cannot be used as the job database: {exception.Message} " +
                "It was left untouched: move it away, or point --db / NASCARDFS_DB at another file.",
        };
    }

    /// <summary>SQLite's own words ("database disk image is malformed") without the "SQLite Error 11:" wrapping.</summary>
    private static string Detail(SqliteException exception)
    {
        var message = exception.Message;
        var start = message.IndexOf(": '", StringComparison.Ordinal);
        return start < 0 ? message : message[(start + 3)..].TrimEnd('.').TrimEnd('\'');
    }

    /// <summary>True when the error says the disk is full.</summary>
    public static bool IsDiskFull(Exception exception) =>
        (exception as SqliteException ?? exception.InnerException as SqliteException)?.SqliteErrorCode == Full ||
        (exception is IOException io && (io.HResult & 0xFFFF) is 28 or 112); // ENOSPC on Unix, ERROR_DISK_FULL on Windows

    /// <summary>Below this much free space on its disk a write to the database may fail.</summary>
    public const long NearlyFullBytes = 1024 * 1024;

    /// <summary>The free bytes on the disk holding <paramref name="path"/> (a file or folder), or null when that cannot be read.</summary>
    public static long? FreeSpace(string path)
    {
        try
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path));
            return folder is null || !Directory.Exists(folder) ? null : new DriveInfo(folder).AvailableFreeSpace;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether a file can be made in the folder (a probe deleted at once; only asked after an open failed).</summary>
    private static bool FolderWritable(string folder)
    {
        try
        {
            using var probe = new FileStream(Path.Combine(folder, $".nascar-dfs-probe-{Environment.ProcessId}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string ReadOnlySentence(string path) =>
        $"'{path}' is read-only (the file, or the folder holding it, may not be written), so nothing can be saved there. " +
        "Make it writable (chmod u+w, or chattr -i for an immutable file), or point --db / NASCARDFS_DB at a writable file.";

    public static string DiskFullSentence(string path) =>
        $"The disk holding '{path}' is full, so nothing could be written there (nothing was changed). Free some space on it and try again.";

    public static string DamagedSentence(string path, string detail) =>
        $"'{path}' is damaged ({detail.TrimEnd('.')}). It was left untouched: restore a backup, or move it away and nascar-dfs " +
        "starts a new database there; 'nascar-dfs db check' lists every problem.";

    /// <summary>The sentence as a <see cref="JobStoreException"/> carrying the original error for the log.</summary>
    internal static JobStoreException Refused(SqliteException exception, string path) => new(Describe(exception, path), exception);
}
