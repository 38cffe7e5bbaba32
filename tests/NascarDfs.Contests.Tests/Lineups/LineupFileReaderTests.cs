using NascarDfs.Contests.Lineups;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Slates;
using NascarDfs.Testing;

namespace NascarDfs.Contests.Tests.Lineups;

public class LineupFileReaderTests
{
    [Fact]
    public void Read_WhatTheOptimizerWrites_GivesTheSameLineups()
    {
        var slate = NewHampshire.Slate;
        var lineups = Optimization.Portfolio.PortfolioOptimizer.Build(new Optimization.Portfolio.PortfolioRequest(slate, 5, new())).Lineups;
        var writer = new StringWriter();
        LineupUploadCsv.Write(slate.Rules, lineups, writer);
        var back = LineupFileReader.Read(new StringReader(writer.ToString()), "upload.csv", slate);
        Assert.Equal(lineups.Select(l => string.Join(",", l.DriverIds)), back.Select(l => string.Join(",", l.DriverIds)));
    }

    [Fact]
    public void Read_LineupFileOfAnotherSlate_NamesTheCellAndSaysSo()
    {
        var slate = NewHampshire.Slate;
        var other = SalaryFileReader.Read(TestData.File("fanduel", "slate-126561.players.csv"));
        var ids = other.Drivers.Take(5).Select(d => d.Id);
        var csv = "Driver,Driver,Driver,Driver,Driver\n" + string.Join(",", ids) + "\n";
        var error = Assert.Throws<InputFileException>(() => LineupFileReader.Read(new StringReader(csv), "upload.csv", slate));
        Assert.Equal(2, error.Line);
        Assert.Equal("Driver 1", error.Column);
        Assert.Contains("is not a driver ID of this slate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DriverTwice_IsASentence()
    {
        var d = NewHampshire.Slate.Drivers;
        var csv = $"Driver,Driver,Driver,Driver,Driver\n{d[30].Id},{d[31].Id},{d[32].Id},{d[33].Id},{d[30].Id}\n";
        var error = Assert.Throws<InputFileException>(() => LineupFileReader.Read(new StringReader(csv), "upload.csv", NewHampshire.Slate));
        Assert.Contains("is in this lineup twice", error.Message, StringComparison.Ordinal);
    }
}
