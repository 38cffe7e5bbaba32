namespace NascarDfs.Simulation;

/// <summary>One driver's result in one simulated race (the <c>--dump-races</c> detail).</summary>
public sealed record SimulatedCar(
    string DriverId, string Name, int Start, int Finish, int LapsLed, int FastestLaps, int LapsCompleted, CarStatus Status, double Points);
