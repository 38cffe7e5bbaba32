using System.Text;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Domain.Tests.Slates;

public class ProjectionFileReaderTests
{
    private static ProjectionFile Read(string text, string name = "proj.csv") => ProjectionFileReader.Read(new StringReader(text), name);

    [Fact]
    public void Read_EveryColumn_MapsOntoTheRow()
    {
        var text = """
            Id,Name,Projection,Start,StdDev,Ceiling,Ownership,MinExposure,MaxExposure,Lock,Exclude,Out,Notes
            12073091,Brad Keselowski,45.5,7,18.25,90,22.5%,10,60%,yes,no,0,likes Daytona
            """;

        var row = Assert.Single(Read(text).Rows);

        Assert.Equal(new ProjectionRow(2, "12073091", "Brad Keselowski", 45.5, 7, 18.25, 90, 22.5, 10, 60, true, false, false), row);
    }

    [Fact]
    public void Read_EmptyCells_AreNull()
    {
        var row = Assert.Single(Read("Name,Projection,Start,StdDev,Ownership,Lock,Out\nJoey Logano,,,,,,\n").Rows);

        Assert.Equal(new ProjectionRow(2, null, "Joey Logano", null), row);
    }

    [Theory]
    [InlineData("Projection")]
    [InlineData("points")]
    [InlineData("PROJ")]
    [InlineData("FPTS")]
    public void Read_ProjectionAliasesAndAnyCase_AreAccepted(string column)
    {
        var row = Assert.Single(Read($"NAME,{column}\nJoey Logano,41.25\n").Rows);

        Assert.Equal(41.25, row.Projection);
        Assert.Equal("Joey Logano", row.Name);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("FALSE", false)]
    [InlineData("Yes", true)]
    [InlineData("no", false)]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("x", true)]
    [InlineData("X", true)]
    [InlineData("", null)]
    public void Read_Booleans_AcceptTheDocumentedWords(string cell, bool? expected)
    {
        var row = Assert.Single(Read($"Name,Projection,Lock,Exclude,Out\nA,1,{cell},{cell},{cell}\n").Rows);

        Assert.Equal((expected, expected, expected), (row.Lock, row.Exclude, row.Out));
    }

    [Fact]
    public void Read_SampleProjections_ReadEveryDriver()
    {
        var file = ProjectionFileReader.Read(SampleFiles.Projections);

        Assert.Equal("sample.projections.csv", file.FileName);
        Assert.Equal(38, file.Rows.Length);
        Assert.All(file.Rows, r => Assert.True(r.Projection is not null && r.Start is >= 1 and <= 38 && r.StdDev > 0 && r.Ownership is >= 0 and <= 100));
        Assert.Equal(Enumerable.Range(1, 38), file.Rows.Select(r => r.Start!.Value).Order());
    }

    [Fact]
    public void Read_BomCrlfAndBlankLines_KeepLineNumbers()
    {
        using var folder = new TempFolder();
        var path = folder.File("proj.csv");
        File.WriteAllText(path, "Name,Projection\r\n\r\nA,1\r\nB,2.5\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var file = ProjectionFileReader.Read(path);

        Assert.Equal([(3, "A", 1.0), (4, "B", 2.5)], file.Rows.Select(r => (r.Line, r.Name!, r.Projection!.Value)));
    }

    [Fact]
    public void Read_EmptyFile_SaysSo()
    {
        var error = Assert.Throws<InputFileException>(() => Read("", "nothing.csv"));

        Assert.Contains("nothing.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoIdOrNameColumn_NamesTheKeyColumns()
    {
        var error = InputErrors.Assert(() => Read("Driver,Projection\nA,1\n"), "proj.csv", 1, "Name");

        Assert.Contains("'Id' or a 'Name'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoProjectionColumn_NamesItAndItsAliases()
    {
        var error = InputErrors.Assert(() => Read("Name,Salary\nA,1\n"), "proj.csv", 1, "Projection");

        Assert.Contains("Points, Proj, FPTS", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Name,Projection\nA,1\nB,lots\n", 3, "Projection")]
    [InlineData("Name,Points\nA,1,5\nB,4,5\nC,\"4,5\"\n", 4, "Points")]
    [InlineData("Name,Projection,Ownership\nA,1,150\n", 2, "Ownership")]
    [InlineData("Name,Projection,MaxExposure\nA,1,-5%\n", 2, "MaxExposure")]
    [InlineData("Name,Projection,MinExposure\nA,1,half\n", 2, "MinExposure")]
    [InlineData("Name,Projection,MinExposure,MaxExposure\nA,1,60,40\n", 2, "MinExposure")]
    [InlineData("Name,Projection,Start\nA,1,0\n", 2, "Start")]
    [InlineData("Name,Projection,Start\nA,1,3.5\n", 2, "Start")]
    [InlineData("Name,Projection,StdDev\nA,1,-2\n", 2, "StdDev")]
    [InlineData("Name,Projection,Lock\nA,1,maybe\n", 2, "Lock")]
    [InlineData("Name,Projection,Out\n\nA,1,O\n", 3, "Out")]
    [InlineData("Id,Name,Projection\n1,A,1\n,,2\n", 3, "Name")]
    public void Read_BadCell_ReportsFileLineAndColumn(string text, int line, string column)
    {
        InputErrors.Assert(() => Read(text), "proj.csv", line, column);
    }

    [Fact]
    public void Read_CommaDecimal_IsRefusedNotMisread()
    {
        // "4,5" quoted is one cell; a dot is the decimal separator whatever the machine's locale (SPEC §3).
        var error = InputErrors.Assert(() => Read("Name,Projection\nA,\"4,5\"\n"), "proj.csv", 2, "Projection");

        Assert.Contains("dot", error.Reason, StringComparison.Ordinal);
    }
}
