using System.Security.Cryptography;
using Microsoft.Data.Sqlite;

namespace NascarDfs.App.Tests.Jobs;

/// <summary>SPEC §6 "Storage": a file that is not ours, or is newer, is refused with a clear message and never modified.</summary>
[Collection(ProcessCollection.Name)]
public sealed class DatabaseFileTests
{
    [Fact]
    public async Task NonSqliteFile_AtTheDatabasePath_ClearErrorAndFileUntouched()
    {
        using var cli = new JobsCli();
        await File.WriteAllTextAsync(cli.DatabasePath, "Position,Name + ID,Name,ID,Roster Position,Salary\n");
        var before = Hash(cli.DatabasePath);
        var run = await cli.RunAsync(["jobs", "list"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a NascarDfs database", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(before, Hash(cli.DatabasePath));
    }

    [Fact]
    public async Task DamagedSqliteFile_ViaDbOption_ClearErrorAndFileUntouched()
    {
        using var cli = new JobsCli();
        var path = Path.Combine(cli.Folder, "damaged.db");
        var bytes = new byte[16384];
        new Random(3).NextBytes(bytes);
        "SQLite format 3\0"u8.CopyTo(bytes);
        await File.WriteAllBytesAsync(path, bytes);
        var before = Hash(path);
        var run = await cli.RunAsync(["status", "--db", path]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is damaged", run.Error);
        Assert.Equal(before, Hash(path));
    }

    [Fact]
    public async Task NewerSchema_IsRefusedAndNeverModified()
    {
        using var cli = new JobsCli();
        await cli.SubmitSleepAsync(seconds: 1);
        await cli.Store.WriteAsync("UPDATE schema_version SET version = 42 WHERE component = 'jobs'", _ => { }, CancellationToken.None);
        cli.Store.Dispose();
        SqliteConnection.ClearAllPools();
        var before = Hash(cli.DatabasePath);

        var run = await cli.RunAsync(["jobs", "submit", "diagnostic.sleep"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("newer NascarDfs", run.Error);
        Assert.Equal(before, Hash(cli.DatabasePath));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
