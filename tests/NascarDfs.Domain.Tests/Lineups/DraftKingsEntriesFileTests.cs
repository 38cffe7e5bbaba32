using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Slates;
using NascarDfs.Testing;

namespace NascarDfs.Domain.Tests.Lineups;

public class DraftKingsEntriesFileTests
{
    private static readonly string[] SampleLines = File.ReadAllLines(SampleFiles.Salaries);
    private static readonly Slate Sample = SlateAssembler.Assemble(SalaryFileReader.Read(SampleFiles.Salaries), null);

    // Lineup k uses six consecutive sample drivers starting at k, so every lineup differs.
    private static List<Lineup> Lineups(int count) =>
        Enumerable.Range(0, count)
            .Select(k => new Lineup([.. Sample.Drivers.Skip(k % 30).Take(6).Select(d => d.Id)], 50_000, 100))
            .ToList();

    private static List<string[]> ReadCells(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, DetectColumnCountChanges = false, IgnoreBlankLines = false };
        using var parser = new CsvParser(new StreamReader(path), config);
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return rows;
    }

    [Fact]
    public void Fill_MoreEntriesThanLineups_FillsInOrderKeepsEverythingElseAndWarns()
    {
        using var folder = new TempFolder();
        var input = folder.Write("DKEntries.csv", DkEntriesFixture.Build(entries: 8, SampleLines));
        var before = File.ReadAllBytes(input);

        var result = DraftKingsEntriesFile.Fill(input, Lineups(5), Sample);

        Assert.Equal(folder.File("DKEntries.filled.csv"), result.OutputPath);
        Assert.Equal(5, result.EntriesFilled);
        Assert.Equal("Entries 6–8 were left as they were: the portfolio has 5 lineup(s) for 8 entries.", Assert.Single(result.Warnings));
        Assert.Equal(before, File.ReadAllBytes(input));

        var original = ReadCells(input);
        var filled = ReadCells(result.OutputPath);
        Assert.Equal(original.Count, filled.Count);
        for (var r = 0; r < original.Count; r++)
        {
            var entry = r - 1; // row 0 is the header
            for (var c = 0; c < original[r].Length; c++)
            {
                var isSlot = c is >= 4 and <= 9 && entry is >= 0 and < 5;
                if (!isSlot) Assert.Equal(original[r][c], filled[r][c]);
            }

            Assert.Equal(original[r].Length, filled[r].Length);
        }

        Assert.Equal("NASCAR $5 Double Up, Talladega", filled[1][1]);
        Assert.Equal("1. Locate the player you want to select in the list below", filled[1][11]);
        Assert.Equal(["Kyle Larson (40000001)", "William Byron (40000002)", "Denny Hamlin (40000003)",
            "Christopher Bell (40000004)", "Ryan Blaney (40000005)", "Chase Elliott (40000006)"], filled[1][4..10]);
        Assert.Equal("Ryan Blaney (40000005)", filled[5][4]); // entry 5 gets lineup 5: drivers 5–10
        Assert.All(filled.Skip(6).Take(3), row => Assert.All(row[4..10], cell => Assert.Equal("", cell)));

        // Rows without a new lineup come out byte for byte as they went in, quoting and CRLF included.
        var inText = File.ReadAllText(input).Split("\r\n");
        var outText = File.ReadAllText(result.OutputPath).Split("\r\n");
        Assert.Equal(inText[0], outText[0]);
        Assert.Equal(inText.Skip(6), outText.Skip(6));
    }

    [Fact]
    public void Fill_MoreLineupsThanEntries_FillsEveryEntryAndWarns()
    {
        using var folder = new TempFolder();
        var input = folder.Write("DKEntries.csv", DkEntriesFixture.Build(entries: 3, SampleLines));
        var output = folder.File("out/entries-ready.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        var result = DraftKingsEntriesFile.Fill(input, Lineups(150), Sample, output);

        Assert.Equal(output, result.OutputPath);
        Assert.Equal(3, result.EntriesFilled);
        Assert.Equal("Lineups 4–150 had no entry: the file has 3 entries for 150 lineups.", Assert.Single(result.Warnings));
        Assert.Equal("Tyler Reddick (40000008)", ReadCells(output)[3][9]); // entry 3 gets lineup 3: drivers 3–8
    }

    [Fact]
    public void Fill_FilledFile_StillReadsAsAnEntryTemplateSlate()
    {
        using var folder = new TempFolder();
        var input = folder.Write("DKEntries.csv", DkEntriesFixture.Build(entries: 12, SampleLines, newLine: "\n"));

        var result = DraftKingsEntriesFile.Fill(input, Lineups(12), Sample);

        Assert.Empty(result.Warnings);
        var reread = SalaryFileReader.Read(result.OutputPath);
        Assert.Equal(Sample.Drivers.Select(d => (d.Id, d.Salary)), reread.Drivers.Select(d => (d.Id, d.Salary)));
        Assert.DoesNotContain("\r\n", File.ReadAllText(result.OutputPath), StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_OutputPathIsTheInput_Throws()
    {
        using var folder = new TempFolder();
        var input = folder.Write("DKEntries.csv", DkEntriesFixture.Build(entries: 2, SampleLines));

        Assert.Throws<ArgumentException>(() => DraftKingsEntriesFile.Fill(input, Lineups(2), Sample, input));
    }

    [Fact]
    public void Fill_NotAnEntriesFile_ReportsTheFile()
    {
        using var folder = new TempFolder();
        var input = folder.Write("DKSalaries.csv", File.ReadAllText(SampleFiles.Salaries));

        var error = InputErrors.Assert(() => DraftKingsEntriesFile.Fill(input, Lineups(2), Sample), "DKSalaries.csv", 1, "Entry ID");

        Assert.Contains("not a DraftKings entries file", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_LineupWithUnknownDriver_Throws()
    {
        using var folder = new TempFolder();
        var input = folder.Write("DKEntries.csv", DkEntriesFixture.Build(entries: 2, SampleLines));
        var daytona = SlateAssembler.Assemble(SalaryFileReader.Read(TestData.Daytona2019Slate), null);

        var error = Assert.Throws<ArgumentException>(() => DraftKingsEntriesFile.Fill(input, Lineups(1), daytona));

        Assert.Contains("40000001", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("DKEntries.filled.csv")));
    }

    [Fact]
    public void Fill_FanDuelSlate_Throws()
    {
        using var folder = new TempFolder();
        var input = folder.Write("DKEntries.csv", DkEntriesFixture.Build(entries: 2, SampleLines));
        var fanDuel = SlateAssembler.Assemble(SalaryFileReader.Read(TestData.File("fanduel", "slate-126561.players.csv")), null);

        Assert.Throws<ArgumentException>(() => DraftKingsEntriesFile.Fill(input, [], fanDuel));
    }
}
