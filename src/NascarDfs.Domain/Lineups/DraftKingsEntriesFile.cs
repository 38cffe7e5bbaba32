using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using NascarDfs.Domain.Limits;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Domain.Spreadsheets;

namespace NascarDfs.Domain.Lineups;

/// <summary>
/// Fills the user's DraftKings entries file (<c>DKEntries.csv</c>: <c>Entry ID,Contest Name,Contest ID,Entry Fee,D,…</c>)
/// with a portfolio, one lineup per entry row, as <c>Name (ID)</c> in the <c>D</c> columns. Every other cell, column
/// and row (the instructions and player table to the right or below) is kept; the result is a new file (SPEC §9).
/// </summary>
public static class DraftKingsEntriesFile
{
    private const string EntryIdColumn = "Entry ID";

    /// <summary>
    /// Writes the filled copy of <paramref name="entriesPath"/> to <paramref name="outputPath"/> (default
    /// <c>&lt;name&gt;.filled.csv</c> beside it). More entries than lineups, or the reverse, is a warning.
    /// </summary>
    public static EntriesFillResult Fill(string entriesPath, IReadOnlyList<Lineup> lineups, Slate slate, string? outputPath = null)
    {
        var rules = slate.Rules;
        if (rules.Site != Site.DraftKings)
        {
            throw new ArgumentException($"An entries file is filled with a DraftKings slate, not a {rules.DisplayName} one.", nameof(slate));
        }

        outputPath ??= DefaultOutputPath(entriesPath);
        // Windows and macOS file systems ignore case by default, so "dkentries.csv" is the user's "DKEntries.csv" there.
        var pathComparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (string.Equals(Path.GetFullPath(outputPath), Path.GetFullPath(entriesPath), pathComparison))
        {
            throw new ArgumentException("The filled entries file must not overwrite the user's file.", nameof(outputPath));
        }

        var fileName = Path.GetFileName(entriesPath);
        LimitedTextReader.CheckSize(entriesPath);
        var bytes = File.ReadAllBytes(entriesPath);
        var hadBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var text = Encoding.UTF8.GetString(bytes);
        var rows = CsvRows.Read(new StringReader(text), fileName);
        var (entryRows, slots) = Locate(rows, rules, fileName);

        var filled = Math.Min(entryRows.Count, lineups.Count);
        for (var i = 0; i < filled; i++)
        {
            var row = rows[entryRows[i]];
            var cells = new string[Math.Max(row.Cells.Length, slots.Max() + 1)];
            Array.Fill(cells, "");
            row.Cells.CopyTo(cells, 0);
            var names = Cells(lineups[i], slate, i, rules);
            for (var s = 0; s < slots.Count; s++) cells[slots[s]] = names[s];
            rows[entryRows[i]] = row with { Cells = cells };
        }

        Write(rows, outputPath, hadBom, text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n");
        return new EntriesFillResult(outputPath, filled, Warnings(entryRows.Count, lineups.Count));
    }

    private static string DefaultOutputPath(string entriesPath) =>
        Path.Combine(Path.GetDirectoryName(entriesPath) ?? "", Path.GetFileNameWithoutExtension(entriesPath) + ".filled.csv");

    // The header is the first row with an "Entry ID" cell; entry rows are the rows below it that have an entry ID.
    private static (List<int> EntryRows, List<int> Slots) Locate(List<CsvRow> rows, SiteRules rules, string fileName)
    {
        var header = rows.FirstOrDefault(r => r.Cells.Any(c => c.Trim() == EntryIdColumn))
            ?? throw new InputFileException(fileName, rows.FirstOrDefault(r => !r.IsBlank)?.Line ?? 0, EntryIdColumn,
                $"not a DraftKings entries file: no '{EntryIdColumn}' column (expected the header Entry ID,Contest Name,Contest ID,Entry Fee,{string.Join(",", rules.UploadHeader)})");

        var idIndex = Array.FindIndex(header.Cells, c => c.Trim() == EntryIdColumn);
        var slots = Enumerable.Range(0, header.Cells.Length).Where(i => header.Cells[i].Trim() == rules.SlotName).ToList();
        if (slots.Count != rules.RosterSize)
        {
            throw new InputFileException(fileName, header.Line, rules.SlotName,
                $"expected {rules.RosterSize} '{rules.SlotName}' columns, found {slots.Count}");
        }

        var entries = Enumerable.Range(0, rows.Count)
            .Where(i => rows[i].Line > header.Line && rows[i].Cell(idIndex).Length > 0)
            .ToList();
        return (entries, slots);
    }

    private static string[] Cells(Lineup lineup, Slate slate, int index, SiteRules rules)
    {
        if (lineup.DriverIds.Length != rules.RosterSize)
        {
            throw new ArgumentException($"Lineup {index + 1} has {lineup.DriverIds.Length} drivers; DraftKings needs {rules.RosterSize}.", nameof(lineup));
        }

        return lineup.DriverIds
            .Select(id => slate.FindById(id) is { } d
                ? $"{d.Name} ({d.Id})"
                : throw new ArgumentException($"Lineup {index + 1} has driver ID '{id}', which is not in the slate.", nameof(lineup)))
            .ToArray();
    }

    private static void Write(List<CsvRow> rows, string path, bool bom, string newLine)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = newLine };
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(bom));
        using var csv = new CsvWriter(writer, config);
        foreach (var row in rows)
        {
            // The user's own cells are kept, but escaped like every cell the product writes; the lineup cells come from
            // a slate that refuses formula-like names and IDs, so escaping leaves them as DraftKings expects.
            foreach (var cell in row.Cells) csv.WriteField(SpreadsheetText.Escape(cell));
            csv.NextRecord();
        }
    }

    private static ImmutableArray<string> Warnings(int entries, int lineups)
    {
        if (entries > lineups)
        {
            var which = entries - lineups == 1 ? $"Entry {entries} was left as it was" : $"Entries {lineups + 1}–{entries} were left as they were";
            return [$"{which}: the portfolio has {lineups} lineup(s) for {entries} entries."];
        }

        if (lineups > entries)
        {
            var which = lineups - entries == 1 ? $"Lineup {lineups} had no entry" : $"Lineups {entries + 1}–{lineups} had no entry";
            return [$"{which}: the file has {entries} entr{(entries == 1 ? "y" : "ies")} for {lineups} lineups."];
        }

        return [];
    }
}
