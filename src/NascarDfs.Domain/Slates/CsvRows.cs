using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using NascarDfs.Domain.Limits;

namespace NascarDfs.Domain.Slates;

/// <summary>Reads a CSV file into raw rows with line numbers; the readers interpret the rows themselves.</summary>
internal static class CsvRows
{
    /// <summary>Reads every record, blank ones included, so that line numbers stay true to the file.</summary>
    /// <remarks>
    /// Refuses, with a sentence, a file past <see cref="InputLimits.FileBytes"/>, <see cref="InputLimits.FileRows"/>
    /// records or a cell past <see cref="InputLimits.CellLength"/> characters as soon as it reads that far.
    /// </remarks>
    public static List<CsvRow> Read(TextReader source, string fileName)
    {
        using var reader = new LimitedTextReader(source, fileName);
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
            MaxFieldSize = InputLimits.CellLength,
        };

        var rows = new List<CsvRow>();
        var nextLine = 1;
        try
        {
            using var parser = new CsvParser(reader, config, leaveOpen: true);
            while (parser.Read())
            {
                if (rows.Count == InputLimits.FileRows)
                {
                    throw new InputFileException(fileName, nextLine, null,
                        $"the file has more than {InputLimits.FileRows:N0} rows, the most a salary, projections or entries file may have. Check that this is the right file.");
                }

                var cells = parser.Record ?? [];
                if (cells.Any(c => c.Contains('\0', StringComparison.Ordinal)))
                {
                    throw new InputFileException(fileName, nextLine, null,
                        "the file holds NUL bytes, so it is not a text CSV (a spreadsheet's .xlsx, or a UTF-16 file?). Save it as \"CSV UTF-8\" and try again.");
                }

                rows.Add(new CsvRow(nextLine, cells));

                // RawRow is the line the record ends on; a quoted cell may span several lines.
                nextLine = parser.RawRow + 1;
            }
        }
        catch (MaxFieldSizeException)
        {
            throw new InputFileException(fileName, nextLine, null,
                $"a cell is longer than {InputLimits.CellLength:N0} characters, the most a cell may hold (names and IDs are under 50). Check that this is the right file.");
        }
        catch (CsvHelperException ex)
        {
            var firstLine = ex.Message.Split('\n')[0].Trim();
            throw new InputFileException(fileName, nextLine, null, $"the file could not be read as CSV ({firstLine})");
        }

        return rows;
    }
}
