namespace NascarDfs.Domain.Slates;

/// <summary>
/// Refuses salary files of other sports, which share the sites' layouts: a DraftKings NFL export reads
/// like a NASCAR one until its positions (QB, RB, WR...) are looked at.
/// </summary>
internal static class NascarCheck
{
    // DraftKings NASCAR: Position D, Roster Position D. FanDuel: Position D, Roster Position Driver.
    private static readonly string[] DriverPositions = ["D", "Driver"];
    private static readonly string[] PositionColumns = ["Position", "Roster Position"];

    public static void Ensure(CsvHeader header, IReadOnlyList<CsvRow> dataRows, string fileName)
    {
        foreach (var column in PositionColumns.Where(header.Has))
        {
            var offending = dataRows.FirstOrDefault(row => !IsDriver(header.Get(row, column)));
            if (offending is null) continue;

            throw new InputFileException(fileName, offending.Line, column,
                $"this looks like a {Describe(header, dataRows)} slate, not NASCAR (NASCAR drivers have position D, " +
                $"but this row has '{header.Get(offending, column)}')");
        }
    }

    private static bool IsDriver(string position) =>
        position.Length == 0 || DriverPositions.Contains(position, StringComparer.OrdinalIgnoreCase);

    // Names the sport by its positions as the file lists them, e.g. "QB/RB/WR/TE/DST".
    private static string Describe(CsvHeader header, IReadOnlyList<CsvRow> dataRows)
    {
        var column = header.Has("Position") ? "Position" : "Roster Position";
        var positions = dataRows
            .Select(row => header.Get(row, column))
            .Where(p => p.Length > 0 && !IsDriver(p))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(8);
        return string.Join("/", positions);
    }
}
