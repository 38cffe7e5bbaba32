namespace NascarDfs.Simulation.RaceLogs;

/// <summary>
/// Spots Cup exhibitions. The loop data carries no race name, so the rules use what it has: the date,
/// the track, the field size and merged heats. Every 2019–2025 case was checked by hand against the schedule.
/// </summary>
internal static class ExhibitionDetector
{
    // Points races start 36–44 cars (a few under 36 in 2022–2023); exhibitions start 16–27.
    private const int SmallestPointsField = 30;

    public static ExhibitionKind Detect(RealRace race)
    {
        var february = race.Date.Month <= 2;
        // The Duels: two 60-lap races the Thursday before the Daytona 500, both under one date here.
        if (february && race.TrackName == "Daytona International Speedway" && race.Laps < 100 && race.Entries.Length >= SmallestPointsField) return ExhibitionKind.Duel;
        if (race.Entries.Length < SmallestPointsField) return february ? ExhibitionKind.Clash : ExhibitionKind.AllStar;
        // The All-Star race and its Open (May–July: Charlotte 2019, Bristol 2020, Texas 2021, North Wilkesboro 2023–25)
        // appear merged under one key, so their finishing positions repeat.
        if (race.Date.Month is >= 5 and <= 7 && !race.FinishesArePermutation) return ExhibitionKind.AllStar;
        return ExhibitionKind.None;
    }
}
