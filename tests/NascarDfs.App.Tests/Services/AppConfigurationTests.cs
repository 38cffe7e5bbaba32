using Microsoft.Extensions.Configuration;
using NascarDfs.App.Services;

namespace NascarDfs.App.Tests.Services;

public sealed class AppConfigurationTests
{
    [Fact]
    public void Defaults_WithoutFileEnvironmentOrFlags()
    {
        using var temp = new TempFolder();

        var settings = Read(temp, new Dictionary<string, string?>(), _ => null);

        Assert.Equal((5057, NascarDfs.Jobs.JobDefaults.Concurrency, 30), (settings.Port, settings.Concurrency, settings.RetentionDays));
    }

    [Fact]
    public void FlagsOverTheEnvironment_OverTheFile()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("settings.json"), """{"port": 6000, "concurrency": 3, "retentionDays": 7}""");
        var environment = new Dictionary<string, string> { ["NASCARDFS_CONCURRENCY"] = "5", ["NASCARDFS_RETENTION_DAYS"] = "9" };

        var settings = Read(temp, new Dictionary<string, string?> { ["Concurrency"] = "2", ["Port"] = null }, v => environment.GetValueOrDefault(v));

        Assert.Equal((6000, 2, 9), (settings.Port, settings.Concurrency, settings.RetentionDays));
    }

    [Theory]
    [InlineData("NASCARDFS_PORT", "fifty", "The environment variable NASCARDFS_PORT is 'fifty'; it must be a whole number from 0 to 65,535.")]
    [InlineData("NASCARDFS_RETENTION_DAYS", "0", "The environment variable NASCARDFS_RETENTION_DAYS is '0'; it must be a whole number from 1 to 3,650.")]
    public void BadEnvironmentValue_IsASentenceNamingTheVariable(string variable, string value, string expected)
    {
        using var temp = new TempFolder();

        var e = Assert.Throws<ArgumentException>(() => Read(temp, new Dictionary<string, string?>(), v => v == variable ? value : null));

        Assert.Equal(expected, e.Message);
    }

    [Fact]
    public void BadFileValue_NamesTheFileAndKey_BadFlagNamesTheFlag()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("settings.json"), """{"concurrency": "lots"}""");

        var file = Assert.Throws<ArgumentException>(() => Read(temp, new Dictionary<string, string?>(), _ => null));
        Assert.Contains("\"concurrency\" in " + temp.File("settings.json"), file.Message, StringComparison.Ordinal);

        var flag = Assert.Throws<ArgumentException>(() => Read(temp, new Dictionary<string, string?> { ["Port"] = "70000" }, _ => null));
        Assert.StartsWith("--port is '70000'", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedFile_IsASentenceNamingIt()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("settings.json"), "{ port: ");

        var e = Assert.Throws<ArgumentException>(() => AppConfiguration.Build(DataFolder.Resolve(temp.Path, null), new Dictionary<string, string?>()));

        Assert.Contains(temp.File("settings.json"), e.Message, StringComparison.Ordinal);
    }

    private static AppSettings Read(TempFolder temp, Dictionary<string, string?> flags, Func<string, string?> environment)
    {
        var folder = DataFolder.Resolve(temp.Path, null);
        var configuration = new ConfigurationBuilder().AddNascarDfsSettings(folder, flags, environment).Build();
        return AppConfiguration.Read(configuration, folder, flags, environment);
    }
}
