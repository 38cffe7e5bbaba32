namespace NascarDfs.Domain.Scoring;

/// <summary>One driver's result in one race: what a scoring table needs.</summary>
/// <param name="Start">Official starting position (1-based).</param>
/// <param name="Finish">Finishing position (1-based).</param>
/// <param name="LapsLed">Laps led.</param>
/// <param name="FastestLaps">Laps on which the driver ran the fastest lap of the field.</param>
/// <param name="LapsCompleted">Laps completed.</param>
public readonly record struct RaceResult(int Start, int Finish, int LapsLed, int FastestLaps, int LapsCompleted);
