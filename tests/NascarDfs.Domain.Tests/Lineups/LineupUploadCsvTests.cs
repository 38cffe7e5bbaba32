using System.Collections.Immutable;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Domain.Tests.Lineups;

public class LineupUploadCsvTests
{
    private static List<Lineup> Lineups(int count, int size, string prefix = "") =>
        Enumerable.Range(0, count)
            .Select(i => new Lineup([.. Enumerable.Range(0, size).Select(s => $"{prefix}{i * 10 + s}")], 50_000, 100))
            .ToList();

    [Fact]
    public void Write_DraftKings_HeaderIsSixDsAndRowsAreTheIds()
    {
        var lineups = new List<Lineup>
        {
            new(["12073091", "12073092", "12073093", "12073094", "12073095", "12073132"], 49_600, 250.5),
            new(["12073097", "12073098", "12073099", "12073100", "12073101", "12073131"], 48_800, 240),
        };
        var writer = new StringWriter();

        LineupUploadCsv.Write(SiteRegistry.DraftKings, lineups, writer);

        Assert.Equal(
            "D,D,D,D,D,D\r\n12073091,12073092,12073093,12073094,12073095,12073132\r\n12073097,12073098,12073099,12073100,12073101,12073131\r\n",
            writer.ToString());
    }

    [Fact]
    public void Write_FanDuel_HeaderIsFiveDriversAndCellsAreTheIds()
    {
        var writer = new StringWriter();

        LineupUploadCsv.Write(SiteRegistry.FanDuel, [new Lineup(["126561-82889", "126561-82858", "126561-82864", "126561-146657", "126561-82872"], 50_000, 200)], writer);

        Assert.Equal("Driver,Driver,Driver,Driver,Driver\r\n126561-82889,126561-82858,126561-82864,126561-146657,126561-82872\r\n", writer.ToString());
    }

    [Fact]
    public void Write_WrongRosterSize_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LineupUploadCsv.Write(SiteRegistry.FanDuel, Lineups(2, 6), new StringWriter()));

        Assert.Contains("Lineup 1 has 6 drivers; FanDuel needs 5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draftkings", 6, 1001, new[] { 500, 500, 1 })]
    [InlineData("fanduel", 5, 1001, new[] { 250, 250, 250, 250, 1 })]
    [InlineData("draftkings", 6, 1000, new[] { 500, 500 })]
    public void WriteFiles_AboveTheSiteLimit_SplitsIntoNumberedFiles(string siteName, int size, int count, int[] perFile)
    {
        var site = SiteRegistry.Parse(siteName);
        var lineups = Lineups(count, size);
        using var folder = new TempFolder();

        var paths = LineupUploadCsv.WriteFiles(site, lineups, folder.File("upload.csv"));

        Assert.Equal(perFile.Select((_, i) => folder.File($"upload-{i + 1}.csv")), paths);
        Assert.False(File.Exists(folder.File("upload.csv")));
        var rows = paths.Select(p => File.ReadAllLines(p)).ToList();
        Assert.All(rows, r => Assert.Equal(string.Join(",", site.UploadHeader), r[0]));
        Assert.Equal(perFile, rows.Select(r => r.Length - 1));
        var ids = rows.SelectMany(r => r.Skip(1)).Select(line => line.Split(',')[0]);
        Assert.Equal(lineups.Select(l => l.DriverIds[0]), ids);
    }

    [Fact]
    public void WriteFiles_AtTheLimit_WritesOneFileAtThePath()
    {
        using var folder = new TempFolder();
        var path = folder.File("sub/upload.csv");

        var paths = LineupUploadCsv.WriteFiles(SiteRegistry.DraftKings, Lineups(500, 6), path);

        Assert.Equal([path], paths);
        Assert.Equal(501, File.ReadAllLines(path).Length);
        Assert.NotEqual(0xEF, File.ReadAllBytes(path)[0]);
    }

    [Fact]
    public void WriteFiles_NoLineups_WritesTheHeaderOnly()
    {
        using var folder = new TempFolder();

        var paths = LineupUploadCsv.WriteFiles(SiteRegistry.FanDuel, ImmutableArray<Lineup>.Empty, folder.File("empty.csv"));

        Assert.Equal(["Driver,Driver,Driver,Driver,Driver"], File.ReadAllLines(Assert.Single(paths)));
    }
}
