namespace NascarDfs.Simulation;

/// <summary>How a simulated car ended the race (stored as a byte per car and race).</summary>
public enum CarStatus : byte
{
    /// <summary>Running at the end.</summary>
    Running = 0,

    /// <summary>Out through a crash.</summary>
    Crashed = 1,

    /// <summary>Out through a mechanical failure.</summary>
    Mechanical = 2,

    /// <summary>Did not start (a slate driver marked out).</summary>
    DidNotStart = 3,
}
