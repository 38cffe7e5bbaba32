namespace NascarDfs.Contests.Field;

/// <summary>Where the field's target ownership came from.</summary>
public enum OwnershipSource
{
    /// <summary>Every starter's ownership is the projections' <c>Ownership</c> column.</summary>
    Projected,

    /// <summary>No ownership given: every target is <see cref="OwnershipEstimate"/>'s estimate.</summary>
    Estimated,

    /// <summary>The column, with estimates for the starters it leaves out.</summary>
    Mixed,
}
