namespace NascarDfs.Optimization.Portfolio;

/// <summary>A named set of drivers of which a lineup holds at least and/or at most some number
/// ("at most 1 of the Gibbs cars"). Drivers are slate IDs or names.</summary>
public sealed record DriverGroup(string Name, IReadOnlyList<string> Drivers, int? AtLeast = null, int? AtMost = null);
