using NascarDfs.Domain.Slates;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Cli;

/// <summary>The <c>project</c> verb as a user runs it: a real slate, the real race logs, a file every command can read back.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ProjectCommandTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private static readonly string Phoenix = TestData.File("draftkings", "2023-03-12-phoenix.DKSalaries.csv");

    [Fact]
    public async Task Project_Phoenix2023_WritesAProjectionsFileTheReaderMatchesToEveryDriver()
    {
        using var temp = new TempFolder();
        var grid = temp.File("grid.csv");
        File.WriteAllText(grid, "Name,Start\nKyle Larson,1\nRoss Chastain,2\n");
        var output = temp.File("projections.csv");
        var run = await AppProcess.RunAsync(["project", "--slate", Phoenix, "--logs", TestData.RaceLogs, "--track", "Phoenix",
            "--race-date", "2023-03-12", "--starts", grid, "--out", output], temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        Assert.Contains("Projections: the history projector on race-logs.csv", run.Output);
        Assert.Contains("2 starting positions", run.Output);
        var file = ProjectionFileReader.Read(output);
        var slate = SlateAssembler.Assemble(SalaryFileReader.Read(Phoenix), file);
        Assert.Empty(slate.Warnings);
        Assert.Equal(36, file.Rows.Length);
        Assert.All(file.Rows, r => Assert.True(r.Projection > 0 && r.StdDev > 0));
        Assert.Equal(1, slate.Drivers.Single(d => d.Name == "Kyle Larson").Start);
    }

    [Fact]
    public async Task Project_WithoutTheRace_IsASentence()
    {
        using var temp = new TempFolder();
        var run = await AppProcess.RunAsync(["project", "--slate", Phoenix, "--logs", TestData.RaceLogs, "--race-date", "2023-03-12"], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--logs needs the race: give --track NAME or --track-type TYPE", run.Error);
        Assert.DoesNotContain("Exception", run.All);
    }

    [Fact]
    public async Task Project_AGridFileWithoutStart_NamesTheFileAndColumn()
    {
        using var temp = new TempFolder();
        var grid = temp.File("grid.csv");
        File.WriteAllText(grid, "Name,Position\nKyle Larson,1\n");
        var run = await AppProcess.RunAsync(["project", "--slate", Phoenix, "--logs", TestData.RaceLogs, "--track", "Phoenix",
            "--race-date", "2023-03-12", "--starts", grid], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("grid.csv", run.Error);
        Assert.Contains("'Start'", run.Error);
    }
}
