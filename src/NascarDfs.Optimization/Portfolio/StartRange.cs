namespace NascarDfs.Optimization.Portfolio;

/// <summary>At least and/or at most n drivers of a lineup start between <see cref="From"/> and <see cref="To"/>
/// (official starting positions, inclusive). Drivers without a known start are outside every range.</summary>
public sealed record StartRange(int From, int To, int? AtLeast = null, int? AtMost = null);
