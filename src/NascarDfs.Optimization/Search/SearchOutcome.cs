namespace NascarDfs.Optimization.Search;

/// <summary>The best lineup a search found: its drivers, its exact fixed-point score, and the nodes visited.</summary>
internal readonly record struct SearchOutcome(UInt128 Mask, long Score, int Nodes);
