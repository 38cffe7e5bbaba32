using NascarDfs.App.Services;

namespace NascarDfs.App.Tests.Jobs;

public sealed class DataFolderTests
{
    private static Func<string, string?> Env(params (string Key, string Value)[] values) =>
        key => values.FirstOrDefault(v => v.Key == key).Value;

    [Fact]
    public void Resolve_Options_BeatEnvironment()
    {
        var folder = DataFolder.Resolve("/tmp/a", "/tmp/b/jobs.db", Env(("NASCARDFS_HOME", "/tmp/c"), ("NASCARDFS_DB", "/tmp/d.db")));
        Assert.Equal(("/tmp/a", "/tmp/b/jobs.db"), (folder.Root, folder.DatabasePath));
    }

    [Fact]
    public void Resolve_Environment_BeatsDefault_DatabaseInsideTheFolder()
    {
        var folder = DataFolder.Resolve(null, null, Env(("NASCARDFS_HOME", "/tmp/c")));
        Assert.Equal(("/tmp/c", "/tmp/c/nascar-dfs.db", "/tmp/c/server.json"), (folder.Root, folder.DatabasePath, folder.ServerFilePath));
        Assert.Equal("/tmp/e.db", DataFolder.Resolve(null, null, Env(("NASCARDFS_HOME", "/tmp/c"), ("NASCARDFS_DB", "/tmp/e.db"))).DatabasePath);
    }

    [Fact]
    public void Resolve_Store_OptionBeatsDb_DbOptionBeatsTheStoreVariable()
    {
        var pg = "postgres://u@h/db";
        Assert.Equal(pg, DataFolder.Resolve(null, "/tmp/b.db", Env(), storeOption: pg).Store);
        Assert.Null(DataFolder.Resolve(null, "/tmp/b.db", Env(("NASCARDFS_STORE", pg))).Store);
        Assert.Equal(pg, DataFolder.Resolve(null, null, Env(("NASCARDFS_STORE", pg), ("NASCARDFS_DB", "/tmp/d.db"))).Store);
        Assert.Null(DataFolder.Resolve(null, null, Env()).Store);
    }

    [Fact]
    public void DefaultRoot_OnLinux_FollowsXdg()
    {
        if (!OperatingSystem.IsLinux()) return;
        Assert.Equal("/xdg/nascar-dfs", DataFolder.DefaultRoot(Env(("XDG_DATA_HOME", "/xdg"))));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Equal(Path.Combine(home, ".local", "share", "nascar-dfs"), DataFolder.DefaultRoot(Env()));
    }

    [Fact]
    public void ServerFile_ReadsOnlyALiveServer()
    {
        var root = Directory.CreateTempSubdirectory("nascardfs-server-").FullName;
        try
        {
            var folder = new DataFolder(root, Path.Combine(root, "nascar-dfs.db"));
            Assert.Null(ServerFile.Read(folder));
            ServerFile.Write(folder, "http://127.0.0.1:5057");
            Assert.Equal("http://127.0.0.1:5057", ServerFile.Read(folder)?.Url);
            File.WriteAllText(folder.ServerFilePath, """{"url":"http://x","processId":999999999,"processStartedAt":"2020-01-01T00:00:00Z"}""");
            Assert.Null(ServerFile.Read(folder));
            ServerFile.Write(folder, "http://127.0.0.1:5057");
            ServerFile.Delete(folder);
            Assert.False(File.Exists(folder.ServerFilePath));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
