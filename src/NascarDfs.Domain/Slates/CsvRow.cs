namespace NascarDfs.Domain.Slates;

/// <summary>One record of a CSV file with the 1-based line it starts on, as an editor shows it.</summary>
internal sealed record CsvRow(int Line, string[] Cells)
{
    /// <summary>The trimmed cell at <paramref name="index"/>, or "" past the end of the row.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Length ? Cells[index].Trim() : "";

    /// <summary>Whether every cell from <paramref name="offset"/> on is empty or whitespace.</summary>
    public bool IsBlankFrom(int offset)
    {
        for (var i = offset; i < Cells.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(Cells[i])) return false;
        }

        return true;
    }

    /// <summary>Whether the row holds nothing at all (a blank line or only commas).</summary>
    public bool IsBlank => IsBlankFrom(0);
}
