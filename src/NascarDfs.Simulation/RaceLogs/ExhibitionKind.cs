namespace NascarDfs.Simulation.RaceLogs;

/// <summary>Why a Cup race is left out of calibration: it is not a points race run to the usual format.</summary>
public enum ExhibitionKind
{
    /// <summary>A points race.</summary>
    None,

    /// <summary>The Clash (Daytona, the LA Coliseum, Bowman Gray): February, 16–27 cars, heats.</summary>
    Clash,

    /// <summary>The Daytona Duels: two 60-lap qualifying races, merged in the file under one date.</summary>
    Duel,

    /// <summary>The All-Star race and its Open: short segments, inversions, merged heats.</summary>
    AllStar,
}
