namespace NascarDfs.Domain.Slates;

/// <summary>
/// A header row located in a file: which column index each name has. Names compare case-insensitively and
/// trimmed; <see cref="Offset"/> is where the table starts (DraftKings' entry template shifts it right).
/// </summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _names;

    public CsvHeader(CsvRow row, int offset)
    {
        Line = row.Line;
        Offset = offset;
        _names = row.Cells.Select(c => c.Trim()).ToArray();
        for (var i = offset; i < _names.Length; i++)
        {
            if (_names[i].Length == 0) continue;
            _columns.TryAdd(_names[i], i);
            Width = i + 1;
        }
    }

    /// <summary>The header's line in the file.</summary>
    public int Line { get; }

    /// <summary>The index of the table's first column.</summary>
    public int Offset { get; }

    /// <summary>One past the index of the last named column: a data row must reach that far.</summary>
    public int Width { get; }

    /// <summary>Whether the header has the column.</summary>
    public bool Has(string name) => _columns.ContainsKey(name);

    /// <summary>The first of <paramref name="names"/> the header has (aliases), or null.</summary>
    public string? FirstPresent(params string[] names) => names.FirstOrDefault(Has);

    /// <summary>The trimmed cell of <paramref name="row"/> under column <paramref name="name"/>; "" when absent.</summary>
    public string Get(CsvRow row, string? name) =>
        name is not null && _columns.TryGetValue(name, out var index) ? row.Cell(index) : "";

    /// <summary>The first named column a row of <paramref name="cellCount"/> cells does not reach, for errors.</summary>
    public string? FirstNamedColumnFrom(int cellCount) =>
        _names.Skip(cellCount).FirstOrDefault(n => n.Length > 0);

    /// <summary>The header's column names from the offset, as the file spells them.</summary>
    public IEnumerable<string> Names => _names.Skip(Offset).Where(n => n.Length > 0);
}
