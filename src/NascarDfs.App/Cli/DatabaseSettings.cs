using System.ComponentModel;
using NascarDfs.App.Services;
using Spectre.Console.Cli;

namespace NascarDfs.App.Cli;

/// <summary>The global options of every command that opens the database (SPEC §9).</summary>
internal class DatabaseSettings : CommandSettings
{
    [CommandOption("--db <PATH>")]
    [Description("Job database file (default: nascar-dfs.db in the data folder; env NASCARDFS_DB).")]
    public string? Database { get; init; }

    [CommandOption("--store <STORE>")]
    [Description("Job store: sqlite:PATH, or PostgreSQL shared by several machines as postgres://user@host/db or an Npgsql connection string (env NASCARDFS_STORE; default: the SQLite file of --db).")]
    public string? Store { get; init; }

    [CommandOption("--data-dir <PATH>")]
    [Description("Data folder (env NASCARDFS_HOME; default per OS, e.g. ~/.local/share/nascar-dfs).")]
    public string? DataDir { get; init; }

    [CommandOption("--durable")]
    [Description("synchronous=FULL: survive a power cut too, at the cost of an fsync per commit (default NORMAL: a crash never loses a committed job).")]
    public bool Durable { get; init; }

    /// <summary>The data folder these options point at.</summary>
    public DataFolder ResolveDataFolder()
    {
        var folder = DataFolder.Resolve(DataDir, Database, storeOption: Store);
        CrashLog.Use(folder);
        return folder;
    }
}
