using System.Collections.Immutable;
using System.Globalization;
using NascarDfs.Simulation.Tracks;

namespace NascarDfs.Simulation.RaceLogs;

/// <summary>Reads the loop-data CSV: CRLF or LF, rows in any order, grouped into races by (date, series, track).</summary>
internal static class RaceLogReader
{
    private static readonly string[] Required =
        ["driver_name", "driver_id", "race_date", "series", "track_name", "start", "finish", "fastest_lap", "laps_led", "laps", "status"];

    public static RaceLog Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads the loop data from <paramref name="reader"/>; <paramref name="path"/> names it in errors.</summary>
    public static RaceLog Read(TextReader reader, string path)
    {
        var header = reader.ReadLine() ?? throw new InvalidDataException($"{path}: the file is empty.");
        var columns = header.Split(',').Select(c => c.Trim()).ToArray();
        var index = Required.ToDictionary(c => c, c => Array.IndexOf(columns, c));
        var missing = index.Where(kv => kv.Value < 0).Select(kv => kv.Key).ToList();
        if (missing.Count > 0) throw new InvalidDataException($"{path}: missing columns {string.Join(", ", missing)}.");

        var groups = new Dictionary<(DateOnly, string, string), List<RaceLogEntry>>();
        int rows = 0, skipped = 0, empty = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            rows++;
            // The file has no quoted fields (names carry no commas); a quoted one would shift columns and be skipped below.
            var cells = line.Split(',');
            empty += cells.Count(c => c.Length == 0);
            if (cells.Length != columns.Length || !TryParse(cells, index, out var key, out var entry))
            {
                skipped++;
                continue;
            }

            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(entry);
        }

        var races = groups
            .Select(g => Classify(g.Key.Item1, g.Key.Item2, g.Key.Item3, g.Value))
            .OrderBy(r => r.Date).ThenBy(r => r.Series, StringComparer.Ordinal).ThenBy(r => r.TrackName, StringComparer.Ordinal)
            .ToImmutableArray();
        var quirks = new RaceLogQuirks(
            rows, skipped, empty, races.Length,
            races.GroupBy(r => r.Series).ToDictionary(g => g.Key, g => g.Count()),
            races.Count(r => r.Exhibition == ExhibitionKind.Clash),
            races.Count(r => r.Exhibition == ExhibitionKind.Duel),
            races.Count(r => r.Exhibition == ExhibitionKind.AllStar),
            races.Count(r => !r.FinishesArePermutation),
            races.Count(r => r.LapsLedExceedLaps),
            races.Where(r => r.Type is null).Select(r => r.TrackName).Distinct().Order(StringComparer.Ordinal).ToList());
        return new RaceLog(races, quirks);
    }

    private static bool TryParse(string[] cells, Dictionary<string, int> index, out (DateOnly, string, string) key, out RaceLogEntry entry)
    {
        key = default;
        entry = null!;
        string Cell(string name) => cells[index[name]].Trim();
        if (!DateOnly.TryParseExact(Cell("race_date"), "yyyy/MM/dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !int.TryParse(Cell("start"), CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(Cell("finish"), CultureInfo.InvariantCulture, out var finish)
            || !int.TryParse(Cell("laps"), CultureInfo.InvariantCulture, out var laps))
        {
            return false;
        }

        // Empty counts are zeros: a driver with no fastest lap or no lap led.
        _ = int.TryParse(Cell("fastest_lap"), CultureInfo.InvariantCulture, out var fastest);
        _ = int.TryParse(Cell("laps_led"), CultureInfo.InvariantCulture, out var led);
        key = (date, Cell("series"), Cell("track_name"));
        entry = new RaceLogEntry(Cell("driver_name"), Cell("driver_id"), start, finish, fastest, led, laps, Cell("status").ToLowerInvariant());
        return true;
    }

    private static RealRace Classify(DateOnly date, string series, string trackName, List<RaceLogEntry> entries)
    {
        entries.Sort((a, b) => a.Finish != b.Finish ? a.Finish.CompareTo(b.Finish) : b.Laps.CompareTo(a.Laps));
        var type = TrackTable.Find(trackName)?.TypeOn(date);
        var race = new RealRace(date, series, trackName, type, [.. entries], ExhibitionKind.None);
        return race with { Exhibition = series == "Cup" ? ExhibitionDetector.Detect(race) : ExhibitionKind.None };
    }
}
