using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace NascarDfs.Contests.Definitions;

/// <summary>
/// Our contest CSV (README "Contests"): one row per payout range under the header
/// <c>Site,Name,EntryFee,FieldSize,MaxEntries,From,To,Prize</c>; the contest columns are filled on the first row
/// (later rows leave them empty or repeat them). Column names are case-insensitive; <c>$</c> and thousands
/// separators are accepted in money and counts.
/// </summary>
public static class ContestCsv
{
    private static readonly string[] ContestColumns = ["Site", "Name", "EntryFee", "FieldSize", "MaxEntries"];
    private static readonly string[] PayoutColumns = ["From", "To", "Prize"];

    /// <summary>The header row.</summary>
    public static string Header => string.Join(",", ContestColumns.Concat(PayoutColumns));

    /// <summary>Reads a contest CSV; errors name <paramref name="source"/>, the line and the column.</summary>
    public static Contest Read(TextReader reader, string source)
    {
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        string[]? header = null;
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var contest = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var tiers = new List<PayoutTier>();
        while (parser.Read())
        {
            var line = parser.Row;
            var cells = parser.Record ?? [];
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            if (header is null)
            {
                header = cells;
                for (var i = 0; i < cells.Length; i++) columns[cells[i].Trim()] = i;
                var absent = ContestColumns.Concat(PayoutColumns).Where(c => !columns.ContainsKey(c)).ToList();
                if (absent.Count > 0)
                {
                    throw new ContestException(source, $"line {line}: missing column(s) {string.Join(", ", absent)}; the header is {Header}.");
                }

                continue;
            }

            foreach (var name in ContestColumns)
            {
                var value = Cell(cells, columns[name]);
                if (value.Length == 0) continue;
                if (!contest.TryGetValue(name, out var first)) contest[name] = (value, line);
                else if (!string.Equals(first.Value, value, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ContestException(source, $"line {line}, column '{name}': '{value}' differs from line {first.Line} ('{first.Value}'); one file is one contest.");
                }
            }

            var from = Count(Cell(cells, columns["From"]), source, line, "From");
            var toCell = Cell(cells, columns["To"]);
            var to = toCell.Length == 0 ? from : Count(toCell, source, line, "To");
            tiers.Add(new PayoutTier(from, to, Money(Cell(cells, columns["Prize"]), source, line, "Prize")));
        }

        if (header is null) throw new ContestException(source, $"The file is empty; a contest CSV starts with the header {Header}.");
        var missing = ContestColumns.Where(c => !contest.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw new ContestException(source, $"No value for {string.Join(", ", missing)}: fill them on the first payout row.");

        var site = ContestJson.ParseSite(contest["Site"].Value, source);
        return Contest.Create(
            site, contest["Name"].Value, Money(contest["EntryFee"].Value, source, contest["EntryFee"].Line, "EntryFee"),
            Count(contest["FieldSize"].Value, source, contest["FieldSize"].Line, "FieldSize"),
            Count(contest["MaxEntries"].Value, source, contest["MaxEntries"].Line, "MaxEntries"), tiers, source: source);
    }

    /// <summary>Writes a contest in our CSV.</summary>
    public static void Write(Contest contest, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(contest);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in ContestColumns.Concat(PayoutColumns)) csv.WriteField(column);
        csv.NextRecord();
        for (var i = 0; i < contest.Payouts.Length; i++)
        {
            var tier = contest.Payouts[i];
            string[] head = i == 0
                ? [contest.Rules.Name, contest.Name, Invariant(contest.EntryFee), Invariant(contest.FieldSize), Invariant(contest.MaxEntriesPerUser)]
                : ["", "", "", "", ""];
            foreach (var cell in head) csv.WriteField(cell);
            csv.WriteField(Invariant(tier.From));
            csv.WriteField(Invariant(tier.To));
            csv.WriteField(Invariant(tier.Prize));
            csv.NextRecord();
        }
    }

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index].Trim() : "";

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    internal static int Count(string cell, string source, int line, string column)
    {
        var text = cell.Replace(",", "", StringComparison.Ordinal).Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        throw new ContestException(source, $"line {line}, column '{column}': '{cell}' is not a whole number.");
    }

    internal static decimal Money(string cell, string source, int line, string column)
    {
        var text = cell.Replace("$", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal).Trim();
        if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
        throw new ContestException(source, $"line {line}, column '{column}': '{cell}' is not an amount of dollars (like 10000, $10,000 or 2.50).");
    }
}
