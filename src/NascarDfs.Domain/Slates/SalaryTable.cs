using System.Collections.Immutable;
using NascarDfs.Domain.Limits;
using NascarDfs.Domain.Spreadsheets;

namespace NascarDfs.Domain.Slates;

/// <summary>The row loop shared by every salary file layout: checks each row and turns it into a <see cref="SlateDriver"/>.</summary>
internal static class SalaryTable
{
    public static SalaryFile Read(SalaryLayout layout, IReadOnlyList<CsvRow> rows, CsvHeader header, string fileName)
    {
        foreach (var required in layout.RequiredColumns.Where(c => !header.Has(c)))
        {
            throw new InputFileException(fileName, header.Line, required,
                $"missing required column '{required}' ({layout.Description} has the columns {layout.ExpectedHeaderText})");
        }

        var dataRows = rows.Where(r => r.Line > header.Line && !r.IsBlankFrom(header.Offset)).ToList();
        foreach (var row in dataRows.Where(r => r.Cells.Length < header.Width))
        {
            throw new InputFileException(fileName, row.Line, header.FirstNamedColumnFrom(row.Cells.Length),
                $"the row has {row.Cells.Length - header.Offset} cells, but the header has {header.Width - header.Offset}");
        }

        if (dataRows.Count == 0)
        {
            throw new InputFileException(fileName, header.Line, null, "the file has a header but no drivers below it");
        }

        if (dataRows.Count > InputLimits.SlateDrivers)
        {
            throw new InputFileException(fileName, dataRows[InputLimits.SlateDrivers].Line, null,
                $"the file lists {dataRows.Count:N0} drivers; a slate may have at most {InputLimits.SlateDrivers} (a Cup field is 40). Check that this is the right file.");
        }

        NascarCheck.Ensure(header, dataRows, fileName);

        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var drivers = ImmutableArray.CreateBuilder<SlateDriver>(dataRows.Count);
        foreach (var row in dataRows)
        {
            var driver = ReadDriver(layout, header, row, fileName);
            if (!firstLineOfId.TryAdd(driver.Id, row.Line))
            {
                throw new InputFileException(fileName, row.Line, layout.IdColumn,
                    $"duplicate ID '{driver.Id}' (also on line {firstLineOfId[driver.Id]})");
            }

            drivers.Add(driver);
        }

        var raceName = CellParser.OptionalText(header.Get(dataRows[0], layout.RaceColumn));
        return new SalaryFile(layout.Site, fileName, raceName, drivers.MoveToImmutable());
    }

    private static SlateDriver ReadDriver(SalaryLayout layout, CsvHeader header, CsvRow row, string fileName)
    {
        var id = header.Get(row, layout.IdColumn);
        if (id.Length == 0) throw new InputFileException(fileName, row.Line, layout.IdColumn, "the ID is empty");
        RefuseFormula(id, "ID", layout.IdColumn, fileName, row.Line);

        var name = layout.NameOf(header, row);
        if (name.Length == 0) throw new InputFileException(fileName, row.Line, layout.NameColumn, "the name is empty");
        if (name.Length > InputLimits.NameLength)
        {
            throw new InputFileException(fileName, row.Line, layout.NameColumn,
                $"the name is {name.Length:N0} characters long; a driver's name may have at most {InputLimits.NameLength}");
        }

        RefuseFormula(name, "name", layout.NameColumn, fileName, row.Line);

        var salary = CellParser.Salary(header.Get(row, layout.SalaryColumn), fileName, row.Line, layout.SalaryColumn);
        var average = layout.AverageColumn is null
            ? null
            : CellParser.OptionalDouble(header.Get(row, layout.AverageColumn), fileName, row.Line, layout.AverageColumn);
        var status = header.Get(row, layout.StatusColumn);
        var markedOut = layout.OutStatuses.Contains(status, StringComparer.OrdinalIgnoreCase);
        return new SlateDriver(id, name, salary, average, markedOut);
    }

    // The upload CSV and the filled DKEntries must carry IDs and names exactly as the site wrote them, so they cannot
    // be escaped there; a real site never issues one that a spreadsheet would run as a formula, so such a file is refused.
    private static void RefuseFormula(string value, string what, string column, string fileName, int line)
    {
        if (!SpreadsheetText.IsDangerous(value)) return;
        throw new InputFileException(fileName, line, column,
            $"the {what} '{Shorten(value)}' starts with '{value[0]}', which a spreadsheet runs as a formula; the sites never " +
            "issue such a value, so this file was changed after it was downloaded. Download it again from the site.");
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
