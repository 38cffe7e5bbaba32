namespace NascarDfs.Contests.Portfolios;

/// <summary>The portfolio limits the roi selection obeys (the simulation objectives' own limits, adapted), as masks
/// over the candidates' index space.</summary>
internal interface IRoiLimits
{
    int Lineups { get; }

    /// <summary>Drivers the next lineup must hold.</summary>
    UInt128 Required();

    /// <summary>Whether the lineup breaks a limit that only gets tighter.</summary>
    bool Blocked(UInt128 mask);

    void Accept(UInt128 mask);
}
