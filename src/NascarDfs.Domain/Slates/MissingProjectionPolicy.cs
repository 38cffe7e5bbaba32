namespace NascarDfs.Domain.Slates;

/// <summary>What a driver without a projection row gets (<c>--missing-projection</c>, SPEC §9).</summary>
public enum MissingProjectionPolicy
{
    /// <summary>The salary file's own average (the default).</summary>
    FileAverage,

    /// <summary>Zero points.</summary>
    Zero,

    /// <summary>The driver is excluded from lineups.</summary>
    Exclude,
}
