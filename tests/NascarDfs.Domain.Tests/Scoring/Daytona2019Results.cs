using System.Globalization;
using CsvHelper;
using NascarDfs.Domain.Scoring;
using NascarDfs.Testing;

namespace NascarDfs.Domain.Tests.Scoring;

/// <summary>The 2019 Daytona 500 rows of the real race logs (race_date 2019/02/17, series Cup), by driver name.</summary>
internal static class Daytona2019Results
{
    private static readonly Lazy<Dictionary<string, RaceResult>> Rows = new(Load);

    public static IReadOnlyDictionary<string, RaceResult> ByDriver => Rows.Value;

    private static Dictionary<string, RaceResult> Load()
    {
        using var reader = new StreamReader(TestData.RaceLogs);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var results = new Dictionary<string, RaceResult>(StringComparer.Ordinal);
        while (csv.Read())
        {
            if (csv.GetField("race_date") != "2019/02/17" || csv.GetField("series") != "Cup") continue;
            results.Add(csv.GetField("driver_name")!, new RaceResult(
                Start: csv.GetField<int>("start"),
                Finish: csv.GetField<int>("finish"),
                LapsLed: csv.GetField<int>("laps_led"),
                FastestLaps: csv.GetField<int>("fastest_lap"),
                LapsCompleted: csv.GetField<int>("laps")));
        }

        return results;
    }
}
