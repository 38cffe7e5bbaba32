namespace NascarDfs.Testing;

/// <summary>
/// Finds the real data files of <c>../shared/data</c> (beside the clone, SPEC: tests read them from there)
/// and the repository root, from wherever the test host runs. <c>NASCARDFS_TEST_DATA</c> overrides the data folder.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The repository root (the folder holding NascarDfs.slnx).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The shared data folder.</summary>
    public static string DataFolder =>
        Environment.GetEnvironmentVariable("NASCARDFS_TEST_DATA") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));

    /// <summary>A file of the shared data folder, e.g. <c>Path("draftkings", "2019-daytona-500.DKSalaries.csv")</c>.</summary>
    public static string File(params string[] parts)
    {
        var path = Path.Combine([DataFolder, .. parts]);
        if (!System.IO.File.Exists(path))
        {
            throw new FileNotFoundException($"Test data file not found: {path}. The shared data folder must sit beside the clone.", path);
        }

        return path;
    }

    /// <summary>The 2019 Daytona 500 DraftKings salary file.</summary>
    public static string Daytona2019Slate => File("draftkings", "2019-daytona-500.DKSalaries.csv");

    /// <summary>The loop-data race logs (2019–2025).</summary>
    public static string RaceLogs => File("loop-data", "race-logs.csv");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "NascarDfs.slnx"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("Could not find the repository root (NascarDfs.slnx) above " + AppContext.BaseDirectory);
    }
}
