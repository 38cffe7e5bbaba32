namespace NascarDfs.Simulation.RaceLogs;

/// <summary>One driver's line of one real race in the loop data.</summary>
/// <param name="DriverName">The driver's name as the file spells it.</param>
/// <param name="DriverId">The file's driver ID.</param>
/// <param name="Start">Starting position.</param>
/// <param name="Finish">Finishing position.</param>
/// <param name="FastestLaps">Laps on which he ran the fastest lap of the field.</param>
/// <param name="LapsLed">Laps led.</param>
/// <param name="Laps">Laps completed.</param>
/// <param name="Status">Finishing status: <c>running</c>, <c>accident</c>, <c>engine</c>, <c>dvp</c>...</param>
public sealed record RaceLogEntry(
    string DriverName, string DriverId, int Start, int Finish, int FastestLaps, int LapsLed, int Laps, string Status)
{
    /// <summary>Whether the car was running at the end.</summary>
    public bool Running => Status == "running";

    /// <summary>Whether the car was out through a crash (the damaged vehicle policy counts as one).</summary>
    public bool Crashed => Status is "accident" or "dvp" or "damage";
}
