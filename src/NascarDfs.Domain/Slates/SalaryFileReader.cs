using System.Text;
using NascarDfs.Domain.Limits;

namespace NascarDfs.Domain.Slates;

/// <summary>
/// Reads a site's salary file, detecting the site from its header (SPEC §3): the DraftKings salary export,
/// the DraftKings entry template (player table shifted right, below the entry rows) or the FanDuel player list.
/// Every problem is an <see cref="InputFileException"/> naming the file, line and column.
/// </summary>
public static class SalaryFileReader
{
    // Columns only a DraftKings player table has; any of them marks the row that starts the table.
    private static readonly string[] DraftKingsMarkers = ["TeamAbbrev", "Name + ID", "AvgPointsPerGame"];
    private static readonly string[] FanDuelMarkers = ["Nickname", "FPPG"];

    /// <summary>Reads the file at <paramref name="path"/>; errors name the file by its file name.</summary>
    public static SalaryFile Read(string path)
    {
        LimitedTextReader.CheckSize(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a salary file from <paramref name="reader"/>; <paramref name="fileName"/> is used in errors and the result.</summary>
    public static SalaryFile Read(TextReader reader, string fileName)
    {
        var rows = CsvRows.Read(reader, fileName);
        var first = rows.FirstOrDefault(r => !r.IsBlank)
            ?? throw new InputFileException(fileName, 0, null, "the file is empty");

        if (HasAny(first, FanDuelMarkers))
        {
            return SalaryTable.Read(SalaryLayout.FanDuel, rows, new CsvHeader(first, 0), fileName);
        }

        // The entry template puts the lineup header and instructions first; the table starts where its header is.
        if (rows.FirstOrDefault(r => HasAny(r, DraftKingsMarkers)) is { } tableHeader)
        {
            return SalaryTable.Read(SalaryLayout.DraftKings, rows, new CsvHeader(tableHeader, TableOffset(tableHeader)), fileName);
        }

        throw NotRecognised(first, fileName);
    }

    private static bool HasAny(CsvRow row, string[] names) =>
        row.Cells.Any(c => names.Contains(c.Trim(), StringComparer.OrdinalIgnoreCase));

    private static int TableOffset(CsvRow header)
    {
        var known = SalaryLayout.DraftKings.ExpectedHeader;
        for (var i = 0; i < header.Cells.Length; i++)
        {
            if (known.Contains(header.Cells[i].Trim(), StringComparer.OrdinalIgnoreCase)) return i;
        }

        return 0;
    }

    private static InputFileException NotRecognised(CsvRow first, string fileName)
    {
        var found = first.Cells.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var reason = $"the header is not that of a salary file. Expected {SalaryLayout.DraftKings.Description} " +
            $"({SalaryLayout.DraftKings.ExpectedHeaderText}) or {SalaryLayout.FanDuel.Description} " +
            $"({SalaryLayout.FanDuel.ExpectedHeaderText}); found: {string.Join(",", found)}.";

        // When the header is close to one layout (a column renamed or deleted), say what that layout lacks.
        var closest = new[] { SalaryLayout.DraftKings, SalaryLayout.FanDuel }
            .Select(layout => (Layout: layout, Missing: layout.ExpectedHeader
                .Where(c => c.Length > 0 && !found.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList()))
            .MinBy(c => c.Missing.Count);
        if (closest.Layout.ExpectedHeader.Count(c => c.Length > 0) - closest.Missing.Count >= 2)
        {
            reason += $" As {closest.Layout.Description} it lacks {string.Join(", ", closest.Missing)}.";
        }

        return new InputFileException(fileName, first.Line, null, reason);
    }
}
