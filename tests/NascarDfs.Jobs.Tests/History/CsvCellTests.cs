using NascarDfs.Jobs.History;

namespace NascarDfs.Jobs.Tests.History;

public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "+1")] // a number is data, not a formula (the shared rule, SpreadsheetText)
    [InlineData("+cmd", "'+cmd")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Talladega GPP", "Talladega GPP")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData(null, "")]
    public void Text_EscapesFormulasAndQuotes(string? value, string expected) => Assert.Equal(expected, CsvCell.Text(value));

    [Fact]
    public void Number_NegativeNumber_IsNotEscaped() => Assert.Equal("-1.5", CsvCell.Number(-1.5));
}
