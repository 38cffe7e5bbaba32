using System.Collections.Immutable;
using System.Text;
using NascarDfs.Domain.Limits;

namespace NascarDfs.Domain.Slates;

/// <summary>
/// Reads the user's projections CSV (SPEC §3). Column names are case-insensitive: <c>Id</c> or <c>Name</c> (at
/// least one), <c>Projection</c> (also accepted as <c>Points</c>, <c>Proj</c> or <c>FPTS</c>, the names other
/// projection sites export), and the optional <c>Start</c>, <c>StdDev</c>, <c>Ceiling</c>, <c>Ownership</c>,
/// <c>MinExposure</c>, <c>MaxExposure</c> (percentages 0–100, <c>50</c> or <c>50%</c>), <c>Lock</c>, <c>Exclude</c>,
/// <c>Out</c> (true/false, yes/no, 1/0, x). Empty cells are null; unknown columns are ignored.
/// </summary>
public static class ProjectionFileReader
{
    /// <summary>The accepted names of the points column, preferred first.</summary>
    public static IReadOnlyList<string> ProjectionAliases { get; } = ["Projection", "Points", "Proj", "FPTS"];

    /// <summary>Reads the file at <paramref name="path"/>; errors name the file by its file name.</summary>
    public static ProjectionFile Read(string path)
    {
        LimitedTextReader.CheckSize(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a projections file from <paramref name="reader"/>; <paramref name="fileName"/> is used in errors and the result.</summary>
    public static ProjectionFile Read(TextReader reader, string fileName) => Read(reader, fileName, startsOnly: false);

    /// <summary>
    /// Reads a starting grid: the projections file's layout with <c>Id</c> or <c>Name</c> and a required <c>Start</c>
    /// column; the points column is optional (a grid file of <c>Name,Start</c> is enough).
    /// </summary>
    public static ProjectionFile ReadStarts(string path)
    {
        LimitedTextReader.CheckSize(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path), startsOnly: true);
    }

    private static ProjectionFile Read(TextReader reader, string fileName, bool startsOnly)
    {
        var rows = CsvRows.Read(reader, fileName);
        var first = rows.FirstOrDefault(r => !r.IsBlank)
            ?? throw new InputFileException(fileName, 0, null, "the file is empty");
        var header = new CsvHeader(first, 0);

        if (!header.Has("Id") && !header.Has("Name"))
        {
            throw new InputFileException(fileName, header.Line, "Name",
                $"missing the driver column: a projections file needs an 'Id' or a 'Name' column (found: {string.Join(",", header.Names)})");
        }

        if (startsOnly && !header.Has("Start"))
        {
            throw new InputFileException(fileName, header.Line, "Start",
                $"missing the column 'Start': a starting-grid file needs 'Id' or 'Name' and 'Start' (found: {string.Join(",", header.Names)})");
        }

        var points = header.FirstPresent([.. ProjectionAliases])
            ?? (startsOnly ? null : throw new InputFileException(fileName, header.Line, "Projection",
                $"missing required column 'Projection' (also accepted: {string.Join(", ", ProjectionAliases.Skip(1))}; found: {string.Join(",", header.Names)})"));

        var result = rows
            .Where(r => r.Line > header.Line && !r.IsBlank)
            .Select(r => ReadRow(header, r, points, fileName))
            .ToImmutableArray();
        return new ProjectionFile(fileName, result);
    }

    private static ProjectionRow ReadRow(CsvHeader header, CsvRow row, string? points, string file)
    {
        var line = row.Line;
        var id = CellParser.OptionalText(header.Get(row, "Id"));
        var name = CellParser.OptionalText(header.Get(row, "Name"));
        if (id is null && name is null)
        {
            throw new InputFileException(file, line, header.Has("Name") ? "Name" : "Id", "the row names no driver (no ID and no name)");
        }

        var minExposure = CellParser.OptionalPercent(header.Get(row, "MinExposure"), file, line, "MinExposure");
        var maxExposure = CellParser.OptionalPercent(header.Get(row, "MaxExposure"), file, line, "MaxExposure");
        if (minExposure > maxExposure)
        {
            throw new InputFileException(file, line, "MinExposure", $"the minimum exposure {minExposure}% is above the maximum {maxExposure}%");
        }

        var stdDev = CellParser.OptionalDouble(header.Get(row, "StdDev"), file, line, "StdDev");
        if (stdDev < 0) throw new InputFileException(file, line, "StdDev", $"the standard deviation must not be negative, not {stdDev}");

        return new ProjectionRow(
            line,
            id,
            name,
            CellParser.OptionalDouble(header.Get(row, points), file, line, points ?? "Projection"),
            Start: CellParser.OptionalPosition(header.Get(row, "Start"), file, line, "Start"),
            StdDev: stdDev,
            Ceiling: CellParser.OptionalDouble(header.Get(row, "Ceiling"), file, line, "Ceiling"),
            Ownership: CellParser.OptionalPercent(header.Get(row, "Ownership"), file, line, "Ownership"),
            MinExposure: minExposure,
            MaxExposure: maxExposure,
            Lock: CellParser.OptionalBool(header.Get(row, "Lock"), file, line, "Lock"),
            Exclude: CellParser.OptionalBool(header.Get(row, "Exclude"), file, line, "Exclude"),
            Out: CellParser.OptionalBool(header.Get(row, "Out"), file, line, "Out"));
    }
}
