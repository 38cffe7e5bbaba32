namespace NascarDfs.App.Services;

/// <summary>
/// Where the app keeps its files (SPEC §6, §9): <c>--data-dir</c> or <c>NASCARDFS_HOME</c>, else the per-OS default
/// (<c>~/Library/Application Support/NascarDfs</c>, <c>%LOCALAPPDATA%\NascarDfs</c>, <c>$XDG_DATA_HOME/nascar-dfs</c> or
/// <c>~/.local/share/nascar-dfs</c>). The database is <c>nascar-dfs.db</c> in it unless <c>--db</c> or <c>NASCARDFS_DB</c> says otherwise.
/// </summary>
/// <param name="Root">The data folder.</param>
/// <param name="DatabasePath">The job database file.</param>
internal sealed record DataFolder(string Root, string DatabasePath)
{
    /// <summary>The job store named by <c>--store</c> or <c>NASCARDFS_STORE</c> (read by <see cref="JobStoreSelection"/>), if any.</summary>
    public string? Store { get; init; }

    public const string HomeVariable = "NASCARDFS_HOME";
    public const string DatabaseVariable = "NASCARDFS_DB";
    public const string DatabaseFileName = "nascar-dfs.db";

    /// <summary><c>settings.json</c> in the data folder.</summary>
    public string SettingsPath => Path.Combine(Root, "settings.json");

    /// <summary>The rolling log files' folder.</summary>
    public string LogsFolder => Path.Combine(Root, "logs");

    /// <summary><c>lineup-edits.json</c>: the web app's lineups removed and locked, per job.</summary>
    public string LineupEditsPath => Path.Combine(Root, "lineup-edits.json");

    /// <summary><c>server.json</c>: the serving URL, written by <c>serve</c>.</summary>
    public string ServerFilePath => Path.Combine(Root, "server.json");

    /// <summary>Resolves the folder from the options, then the environment, then the OS default.</summary>
    public static DataFolder Resolve(string? dataDirOption, string? databaseOption, Func<string, string?>? environment = null, string? storeOption = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var root = Path.GetFullPath(NonEmpty(dataDirOption) ?? NonEmpty(environment(HomeVariable)) ?? DefaultRoot(environment));
        var database = NonEmpty(databaseOption) ?? NonEmpty(environment(DatabaseVariable));

        // --db on the command line beats NASCARDFS_STORE from the environment; --store beats both.
        var store = NonEmpty(storeOption) ?? (NonEmpty(databaseOption) is null ? NonEmpty(environment(JobStoreSelection.StoreVariable)) : null);
        return new DataFolder(root, Path.GetFullPath(database ?? Path.Combine(root, DatabaseFileName))) { Store = store };
    }

    /// <summary>The per-OS default data folder.</summary>
    public static string DefaultRoot(Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "NascarDfs");
        }

        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Application Support", "NascarDfs");
        var xdg = NonEmpty(environment("XDG_DATA_HOME"));
        return Path.Combine(xdg ?? Path.Combine(home, ".local", "share"), "nascar-dfs");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
