using NascarDfs.Domain.Spreadsheets;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>
/// Issue 11 item 4: a CSV the product writes never hands a spreadsheet a formula. The upload formats must carry IDs and
/// names exactly, so a slate with a formula-like name is refused; every other cell is escaped.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class FormulaInjectionTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/x\")")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("+1+cmd|' /C calc'!A0")]
    public async Task Optimize_SlateWithAFormulaName_RefusedWithASentence(string name)
    {
        using var temp = new TempFolder();
        var slate = HostileFiles.WithFirstName(temp.Path, name);
        var upload = temp.File("upload.csv");

        var run = await AppProcess.RunAsync(["optimize", "--slate", slate, "--lineups", "3", "--out", upload], temp.Path, Timeout);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("DKSalaries.csv, line 2, column 'Name': the name", run.Error);
        Assert.Contains("runs as a formula", run.Error);
        Assert.False(File.Exists(upload));
    }

    [Fact]
    public async Task Optimize_Entries_UsersFormulaCellsAreEscapedInTheFilledCopy()
    {
        using var temp = new TempFolder();
        var entries = temp.File("DKEntries.csv");
        File.WriteAllLines(entries,
        [
            "Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D",
            "3000000001,\"=HYPERLINK(\"\"http://evil.example/\"\")\",90000001,$5,,,,,,",
            "3000000002,-2+3+cmd|' /C calc'!A0,90000001,$5,,,,,,",
        ]);

        var run = await AppProcess.RunAsync(["optimize", "--slate", TestData.Daytona2019Slate, "--lineups", "2", "--entries", entries], temp.Path, Timeout);

        Assert.True(run.ExitCode == 0, run.All);
        var filled = File.ReadAllLines(temp.File("DKEntries.filled.csv"));
        Assert.StartsWith("3000000001,\"'=HYPERLINK(", filled[1]);
        Assert.StartsWith("3000000002,'-2+3+cmd", filled[2]);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(filled[1], @"[A-Za-z. ]+ \(\d{8}\)"));
        Assert.All(filled.SelectMany(l => l.Split(',')), cell => Assert.False(SpreadsheetText.IsDangerous(cell.Trim('"')), cell));
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("-", "-")]
    [InlineData("Kyle Busch", "Kyle Busch")]
    [InlineData("", "")]
    public void Escape_EveryFormulaStart_GetsAQuote_NumbersAndTextDoNot(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetText.Escape(cell));
}
