using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace NascarDfs.Domain.Slates;

/// <summary>Reads a CSV file into raw rows with line numbers; the readers interpret the rows themselves.</summary>
internal static class CsvRows
{
    /// <summary>Reads every record, blank ones included, so that line numbers stay true to the file.</summary>
    public static List<CsvRow> Read(TextReader reader, string fileName)
    {
        // A StreamReader drops the byte-order mark itself; a reader over a decoded string may still start with one.
        if (reader.Peek() == '\uFEFF') reader.Read();

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            // A stray quote inside an unquoted cell is kept as text: spreadsheets write such names and the
            // checks on each column report anything that really matters, with its line.
            BadDataFound = null,
        };

        var rows = new List<CsvRow>();
        var nextLine = 1;
        try
        {
            using var parser = new CsvParser(reader, config, leaveOpen: true);
            while (parser.Read())
            {
                rows.Add(new CsvRow(nextLine, parser.Record ?? []));

                // RawRow is the line the record ends on; a quoted cell may span several lines.
                nextLine = parser.RawRow + 1;
            }
        }
        catch (CsvHelperException ex)
        {
            var firstLine = ex.Message.Split('\n')[0].Trim();
            throw new InputFileException(fileName, nextLine, null, $"the file could not be read as CSV ({firstLine})");
        }

        return rows;
    }
}
