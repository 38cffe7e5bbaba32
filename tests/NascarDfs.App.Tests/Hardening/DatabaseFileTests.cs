using Microsoft.Data.Sqlite;
using NascarDfs.App.Tests.Jobs;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>
/// Issue 11 items 1, 5–7: a database file that must not be written — damaged, another program's, newer with a hot -wal,
/// read-only, on a full disk — is refused with a sentence before anything is written, and left byte-for-byte as it was.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class DatabaseFileTests
{
    private const int PageSize = 4096;

    [Fact]
    public async Task DamagedDataPages_SubmitRefusedWithASentence_FileUntouched_DbCheckListsTheProblems()
    {
        using var cli = new JobsCli();
        await cli.SubmitSleepAsync(seconds: 1, count: 1500);
        SqliteConnection.ClearAllPools();
        Overwrite10DataPages(cli.DatabasePath);
        var before = SystemTools.Hash(cli.DatabasePath);

        var submit = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep"]);
        var cancel = await cli.RunAsync(["jobs", "clear"]);
        var check = await cli.RunAsync(["db", "check"]);

        Assert.Equal(1, submit.ExitCode);
        Assert.Contains("is damaged", submit.Error);
        Assert.Contains("nascar-dfs db check", submit.Error);
        Assert.DoesNotContain("   at ", submit.Error);
        Assert.Equal(1, cancel.ExitCode);
        Assert.Contains("is damaged", cancel.Error);
        Assert.Equal(before, SystemTools.Hash(cli.DatabasePath));
        Assert.False(File.Exists(cli.DatabasePath + "-wal") && new FileInfo(cli.DatabasePath + "-wal").Length > 0, "nothing was written to a -wal");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("the integrity check found", check.Output);
    }

    [Fact]
    public async Task DamagedDataPages_ReadingCommandsFail_WithASentenceNotSqliteError11()
    {
        using var cli = new JobsCli();
        await cli.SubmitSleepAsync(seconds: 1, count: 1500);
        SqliteConnection.ClearAllPools();
        Overwrite10DataPages(cli.DatabasePath);

        foreach (var args in new[] { new[] { "jobs", "export", "--format", "json" }, ["jobs", "list", "--limit", "1000"] })
        {
            var run = await cli.RunAsync(args);
            Assert.DoesNotContain("   at ", run.Error);
            Assert.DoesNotContain("SQLite Error", run.Error.Split("(details:")[0]);
            if (run.ExitCode != 0) Assert.Contains("is damaged", run.Error);
        }
    }

    [Fact]
    public async Task DbCheck_SoundDatabase_NoProblem()
    {
        using var cli = new JobsCli();
        await cli.SubmitSleepAsync(seconds: 1, count: 3);

        var check = await cli.RunAsync(["db", "check"]);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains("found no problem", check.Output);
    }

    [Fact]
    public async Task ForeignSqliteFile_Refused_NotGivenOurTablesOrWal()
    {
        using var cli = new JobsCli();
        using (var connection = new SqliteConnection($"Data Source={cli.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('Ada');";
            command.ExecuteNonQuery();
        }

        var before = SystemTools.Hash(cli.DatabasePath);

        var run = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is another program's SQLite database (its tables: customers)", run.Error);
        Assert.Equal(before, SystemTools.Hash(cli.DatabasePath));
        Assert.False(File.Exists(cli.DatabasePath + "-wal"));
    }

    [Fact]
    public async Task NewerSchemaInAHotWal_RefusedWithoutCheckpointing_DbAndWalUntouched()
    {
        using var cli = new JobsCli();
        await cli.SubmitSleepAsync(seconds: 1);
        SqliteConnection.ClearAllPools();
        var copy = Path.Combine(cli.Folder, "copy");
        Directory.CreateDirectory(copy);
        var path = Path.Combine(copy, "nascar-dfs.db");

        // A newer version's process crashed with its upgrade still in the -wal: copy the files while its connection is open.
        using (var connection = new SqliteConnection($"Data Source={cli.DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint = 0; UPDATE schema_version SET version = 42 WHERE component = 'jobs';";
            command.ExecuteNonQuery();
            File.Copy(cli.DatabasePath, path);
            File.Copy(cli.DatabasePath + "-wal", path + "-wal");
        }

        var (db, wal) = (SystemTools.Hash(path), SystemTools.Hash(path + "-wal"));
        Assert.True(new FileInfo(path + "-wal").Length > 0);

        var run = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep", "--db", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("newer NascarDfs (jobs schema version 42", run.Error);
        Assert.Equal(db, SystemTools.Hash(path));
        Assert.Equal(wal, SystemTools.Hash(path + "-wal"));
    }

    [Theory]
    [InlineData("submit")]
    [InlineData("worker")]
    [InlineData("serve")]
    public async Task ImmutableDatabase_WritingCommand_FailsAtStartSayingReadOnly(string command)
    {
        using var cli = new JobsCli();
        await cli.SubmitSleepAsync(seconds: 1);
        SqliteConnection.ClearAllPools();
        var before = SystemTools.Hash(cli.DatabasePath);
        string[] args = command switch
        {
            "submit" => ["jobs", "submit", "diagnostic.sleep"],
            "worker" => ["worker", "--concurrency", "2"],
            _ => ["serve", "--no-browser", "--port", "0"],
        };

        (int ExitCode, string Output, string Error) run;
        using (SystemTools.Immutable(cli.DatabasePath))
        {
            run = await cli.RunAsync(args, timeoutSeconds: 30);
        }

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is read-only", run.Error);
        Assert.DoesNotContain("move it away", run.Error);
        Assert.DoesNotContain("runs up to", run.Error);
        Assert.DoesNotContain("A task was canceled", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(before, SystemTools.Hash(cli.DatabasePath));
    }

    [Fact]
    public async Task ReadOnlyFolder_Submit_SaysTheFolderIsReadOnly()
    {
        using var cli = new JobsCli();
        var folder = Path.Combine(cli.Folder, "ro");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "nascar-dfs.db");
        Assert.Equal(0, (await cli.RunAsync(["jobs", "submit", "diagnostic.sleep", "--db", path])).ExitCode);
        SqliteConnection.ClearAllPools();

        (int ExitCode, string Output, string Error) run;
        using (SystemTools.Immutable(folder))
        {
            run = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep", "--db", path]);
        }

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is read-only", run.Error);
        Assert.DoesNotContain("move it away", run.Error);
    }

    [Theory]
    [InlineData("--db", "a-file/nascar-dfs.db")]
    [InlineData("--data-dir", "a-file/data")]
    public async Task DatabaseUnderAFile_SaysThatPathIsAFile(string option, string relative)
    {
        using var cli = new JobsCli();
        await File.WriteAllTextAsync(Path.Combine(cli.Folder, "a-file"), "not a folder");

        var run = await cli.RunAsync(["jobs", "list", option, Path.Combine(cli.Folder, relative)]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"'{Path.Combine(cli.Folder, "a-file")}' is a file, not a folder", run.Error);
        Assert.DoesNotContain("Unexpected error", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        var details = SystemTools.DetailsFile(run.Error);
        Assert.NotNull(details);
        Assert.Contains("   at ", await File.ReadAllTextAsync(details));
    }

    [Fact]
    public async Task DiskFull_SubmitSaysDiskFull_StatusSaysDiskFull_NewDatabaseLeavesNoEmptyFile()
    {
        using var temp = new TempFolder();
        var disk = temp.File("disk");
        var script = $"""
            $APP jobs submit diagnostic.sleep --db '{disk}/a.db' > /dev/null || exit 10
            fill
            echo "== submit"; $APP jobs submit diagnostic.sleep --db '{disk}/a.db'; echo "rc=$?"
            echo "== status"; $APP status --db '{disk}/a.db'; echo "rc=$?"
            echo "== new"; $APP jobs submit diagnostic.sleep --db '{disk}/new.db'; echo "rc=$?"
            test -e '{disk}/new.db' && echo "new.db left behind"
            true
            """;

        var run = await SystemTools.OnSmallDiskAsync(disk, 1024, script, temp.Path);

        Assert.Equal(0, run.ExitCode);
        var sections = run.Output.Split("== ");
        Assert.Contains("rc=1", sections[1]);
        Assert.Contains("rc=1", sections[2]);
        Assert.Contains("rc=1", sections[3]);
        Assert.DoesNotContain("new.db left behind", run.Output);
        Assert.Equal(3, CountOf(run.Error, "is full"));
        Assert.DoesNotContain("move it away", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;

    /// <summary>Random bytes over 10 pages in the middle of the file: the schema (page 1) and the header stay intact.</summary>
    private static void Overwrite10DataPages(string path)
    {
        var pages = new FileInfo(path).Length / PageSize;
        Assert.True(pages > 40, $"the database has only {pages} pages");
        var garbage = new byte[PageSize * 10];
        new Random(11).NextBytes(garbage);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Seek(pages / 2 * PageSize, SeekOrigin.Begin);
        file.Write(garbage);
    }
}
