using System.Text;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Testing;

namespace NascarDfs.Domain.Tests.Slates;

public class SalaryFileReaderTests
{
    private const string DkHeader = "Position,Name + ID,Name,ID,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame";
    private const string FdHeader = "Id,Position,First Name,Nickname,Last Name,FPPG,Raced,Salary,Game,Team,Opponent,Injury Indicator,Injury Details,Tier,,,Roster Position";

    public static TheoryData<string, string> RealFiles()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in new[] { "draftkings", "fanduel" })
        {
            // Salary files only: the folders also hold other sheets (a projections-and-ownership sheet, for one).
            var pattern = folder == "draftkings" ? "*.DKSalaries.csv" : "*.players.csv";
            foreach (var file in Directory.GetFiles(Path.Combine(TestData.DataFolder, folder), pattern).Order(StringComparer.Ordinal))
            {
                data.Add(folder, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Read_RealFile_ReadsEveryDriverRowOfTheFile(string folder, string fileName)
    {
        var path = TestData.File(folder, fileName);

        var file = SalaryFileReader.Read(path);

        var dataLines = File.ReadAllLines(path).Skip(1).Count(l => l.Trim().Length > 0);
        Assert.Equal(folder == "draftkings" ? Site.DraftKings : Site.FanDuel, file.Site);
        Assert.Equal(fileName, file.FileName);
        Assert.Equal(dataLines, file.Drivers.Length);
        Assert.InRange(file.Drivers.Length, 36, 44);
        Assert.All(file.Drivers, d => Assert.True(d.Salary > 0 && d.Name.Length > 0 && d.FileAverage is not null));
        Assert.Equal(file.Drivers.Length, file.Drivers.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Read_Daytona2019_HasTheFileDriversAndRaceName()
    {
        var file = SalaryFileReader.Read(TestData.Daytona2019Slate);

        Assert.Equal(Site.DraftKings, file.Site);
        Assert.Equal("DAYTONA 500", file.RaceName);
        Assert.Equal(42, file.Drivers.Length);
        Assert.Equal(new SlateDriver("12073091", "Brad Keselowski", 10600, 39.07), file.Drivers[0]);
        Assert.Equal(new SlateDriver("12073096", "Ricky Stenhouse Jr", 9800, 24.54), file.Drivers[5]);
        Assert.Equal(new SlateDriver("12073132", "Ryan Truex", 4500, 0), file.Drivers[^1]);
        Assert.Equal(4500, file.Drivers.Min(d => d.Salary));
        Assert.DoesNotContain(file.Drivers, d => d.MarkedOut);
    }

    [Fact]
    public void Read_FanDuelDaytona2026_UsesNicknameAndIdAsWritten()
    {
        var file = SalaryFileReader.Read(TestData.File("fanduel", "slate-126561.players.csv"));

        Assert.Equal(Site.FanDuel, file.Site);
        Assert.Null(file.RaceName);
        Assert.Equal(44, file.Drivers.Length);
        Assert.Equal(new SlateDriver("126561-82889", "Joey Logano", 14000, 51.5), file.Drivers[0]);
        var mcLeod = Assert.Single(file.Drivers, d => d.Id == "126561-82892");
        Assert.Equal(("B.J. McLeod", 3000), (mcLeod.Name, mcLeod.Salary));
        Assert.Contains(file.Drivers, d => d.Name == "Shane van Gisbergen" && d.Salary == 4200);
    }

    [Fact]
    public void Read_SampleSlate_Has38DriversInTheDocumentedRange()
    {
        var file = SalaryFileReader.Read(SampleFiles.Salaries);

        Assert.Equal(Site.DraftKings, file.Site);
        Assert.Equal("SAMPLE SLATE (not a real contest) - Talladega", file.RaceName);
        Assert.Equal(38, file.Drivers.Length);
        Assert.All(file.Drivers, d => Assert.InRange(d.Salary, 4500, 11000));
        Assert.All(file.Drivers, d => Assert.Equal(0, d.Salary % 100));
        Assert.Equal(11000, file.Drivers.Max(d => d.Salary));
        Assert.Equal(4500, file.Drivers.Min(d => d.Salary));
        Assert.Equal(Enumerable.Range(40000001, 38).Select(i => i.ToString()), file.Drivers.Select(d => d.Id));
    }

    [Fact]
    public void Read_EntryTemplate_FindsTheShiftedPlayerTable()
    {
        var salaryLines = File.ReadAllLines(TestData.Daytona2019Slate);
        var text = DkEntriesFixture.Build(entries: 8, salaryLines);

        var file = SalaryFileReader.Read(new StringReader(text), "DKEntries.csv");

        var plain = SalaryFileReader.Read(TestData.Daytona2019Slate);
        Assert.Equal(Site.DraftKings, file.Site);
        Assert.Equal("DAYTONA 500", file.RaceName);
        Assert.Equal(plain.Drivers.ToList(), file.Drivers.ToList());
    }

    [Fact]
    public void Read_BomAndCrlf_ReadLikeAPlainFile()
    {
        var text = string.Join("\r\n", File.ReadAllLines(TestData.Daytona2019Slate)) + "\r\n";
        using var folder = new TempFolder();
        var path = folder.File("bom.csv");
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var fromPath = SalaryFileReader.Read(path);
        var fromReader = SalaryFileReader.Read(new StringReader("\uFEFF" + text), "bom.csv");

        Assert.Equal(0xEF, File.ReadAllBytes(path)[0]);
        var plain = SalaryFileReader.Read(TestData.Daytona2019Slate);
        Assert.Equal(plain.Drivers.ToList(), fromPath.Drivers.ToList());
        Assert.Equal(plain.Drivers.ToList(), fromReader.Drivers.ToList());
    }

    [Fact]
    public void Read_DraftKingsStatusColumn_MarksOutAndIgnoresUnknownColumns()
    {
        var text = $"""
            {DkHeader},Status,Favourite
            D,A One (1),A One,1,D,9000,Race,Nasca,30,O,yes
            D,B Two (2),B Two,2,D,8000,Race,Nasca,20,OUT,no
            D,C Three (3),C Three,3,D,7000,Race,Nasca,10,,
            D,D Four (4),D Four,4,D,6000,Race,Nasca,,Q,
            """;

        var file = SalaryFileReader.Read(new StringReader(text), "status.csv");

        Assert.Equal([true, true, false, false], file.Drivers.Select(d => d.MarkedOut));
        Assert.Null(file.Drivers[3].FileAverage);
    }

    [Fact]
    public void Read_FanDuelInjuryIndicatorAndEmptyNickname_MarksOutAndUsesFirstAndLastName()
    {
        var text = $"""
            {FdHeader}
            1-10,D,Joey,,Logano,51.5,1,14000,DAYTONA 500,,,O,Illness,,,,Driver
            1-11,D,Ryan,Ryan Blaney,Blaney,64.5,1,13500,DAYTONA 500,,,,,,,,Driver
            """;

        var file = SalaryFileReader.Read(new StringReader(text), "fd.csv");

        Assert.Equal("DAYTONA 500", file.RaceName);
        Assert.Equal(new SlateDriver("1-10", "Joey Logano", 14000, 51.5, MarkedOut: true), file.Drivers[0]);
        Assert.False(file.Drivers[1].MarkedOut);
    }

    [Fact]
    public void Read_QuotedCellWithCommaAndLineBreak_KeepsLineNumbersTrue()
    {
        var text = $"{DkHeader}\n\"D\",\"Smith, John (1)\",\"Smith, John\",1,D,9000,\"Race\nnight\",Nasca,1\n\nD,X (2),X,2,D,abc,Race,Nasca,1\n";

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "quoted.csv"), "quoted.csv", 5, "Salary");

        Assert.Contains("abc", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyFile_SaysSo()
    {
        var error = Assert.Throws<InputFileException>(() => SalaryFileReader.Read(new StringReader("\r\n  \r\n"), "empty.csv"));

        Assert.Contains("empty.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownHeader_NamesTheExpectedColumnsAndWhatWasFound()
    {
        var text = "\nPlayer,Cost,Team\nJoey,9000,Penske\n";

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "odd.csv"), "odd.csv", 2, null);

        Assert.Contains(DkHeader, error.Reason, StringComparison.Ordinal);
        Assert.Contains(FdHeader, error.Reason, StringComparison.Ordinal);
        Assert.Contains("found: Player,Cost,Team", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderCloseToDraftKings_SaysWhichColumnsAreMissing()
    {
        var text = "Position,Name,ID,Salary\nD,Joey,1,9000\n";

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "cut.csv"), "cut.csv", 1, null);

        Assert.Contains("As a DraftKings salary export it lacks Name + ID, Roster Position, Game Info, TeamAbbrev, AvgPointsPerGame", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredColumn_NamesIt()
    {
        var text = "Position,Name + ID,Name,Roster Position,Salary,Game Info,TeamAbbrev,AvgPointsPerGame\nD,A (1),A,D,9000,Race,Nasca,1\n";

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "noid.csv"), "noid.csv", 1, "ID");

        Assert.Contains("missing required column 'ID'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ten thousand", "not a number")]
    [InlineData("0", "above zero")]
    [InlineData("-500", "above zero")]
    [InlineData("9000.5", "whole number")]
    [InlineData("", "not a number")]
    public void Read_BadSalary_ReportsLineAndSalaryColumn(string salary, string reason)
    {
        var text = $"{DkHeader}\r\nD,A (1),A,1,D,9000,Race,Nasca,1\r\nD,B (2),B,2,D,{salary},Race,Nasca,1\r\n";

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "salary.csv"), "salary.csv", 3, "Salary");

        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SalaryWithDollarAndThousandsSeparator_IsAccepted()
    {
        var text = $"{DkHeader}\nD,A (1),A,1,D,\"$9,000\",Race,Nasca,1\n";

        Assert.Equal(9000, SalaryFileReader.Read(new StringReader(text), "dollar.csv").Drivers[0].Salary);
    }

    [Fact]
    public void Read_DuplicateId_NamesBothLines()
    {
        var text = $"{DkHeader}\nD,A (1),A,1,D,9000,Race,Nasca,1\nD,B (2),B,2,D,8000,Race,Nasca,1\nD,C (1),C,1,D,7000,Race,Nasca,1\n";

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "dup.csv"), "dup.csv", 4, "ID");

        Assert.Contains("duplicate ID '1' (also on line 2)", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DraftKingsNflFile_SaysItIsNotNascar()
    {
        var text = $"""
            {DkHeader}
            QB,Patrick Mahomes (101),Patrick Mahomes,101,QB,8000,KC@BUF 01/26/2025 06:30PM ET,KC,24.1
            RB,Saquon Barkley (102),Saquon Barkley,102,RB/FLEX,8500,PHI@WAS 01/26/2025 03:00PM ET,PHI,25.3
            WR,Terry McLaurin (103),Terry McLaurin,103,WR/FLEX,6300,PHI@WAS 01/26/2025 03:00PM ET,WAS,16.4
            """;

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "DKSalaries-nfl.csv"), "DKSalaries-nfl.csv", 2, "Position");

        Assert.Contains("this looks like a QB/RB/WR slate, not NASCAR", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FanDuelGolfRosterPositions_SaysItIsNotNascar()
    {
        var text = $"{FdHeader}\n1-1,D,A,A A,A,1,1,9000,,,,,,,,,Driver\n1-2,G,B,B B,B,1,1,9000,,,,,,,,,G\n";

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "fd-golf.csv"), "fd-golf.csv", 3, "Position");

        Assert.Contains("looks like a G slate", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithTooFewCells_ReportsTheFirstMissingColumn()
    {
        var text = $"{DkHeader}\nD,A (1),A,1,D,9000,Race,Nasca,1\nD,B (2),B,2,D\n";

        var error = InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "short.csv"), "short.csv", 3, "Salary");

        Assert.Contains("5 cells", error.Reason, StringComparison.Ordinal);
        Assert.Contains("9", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EmptyIdOrName_ReportsTheColumn()
    {
        var noId = $"{DkHeader}\nD,A (1),A,,D,9000,Race,Nasca,1\n";
        var noName = $"{DkHeader}\nD,A (1), ,1,D,9000,Race,Nasca,1\n";

        InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(noId), "x.csv"), "x.csv", 2, "ID");
        InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(noName), "x.csv"), "x.csv", 2, "Name");
    }

    [Fact]
    public void Read_HeaderOnly_SaysThereAreNoDrivers()
    {
        InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(DkHeader + "\n"), "header.csv"), "header.csv", 1, null);
    }

    [Fact]
    public void Read_NonNumericAverage_ReportsTheColumn()
    {
        var text = $"{DkHeader}\nD,A (1),A,1,D,9000,Race,Nasca,lots\n";

        InputErrors.Assert(() => SalaryFileReader.Read(new StringReader(text), "avg.csv"), "avg.csv", 2, "AvgPointsPerGame");
    }
}
