namespace NascarDfs.Contests.Payouts;

/// <summary>One of the user's entries in one race: which entry, its score, field entries above it and tied with it.</summary>
internal readonly record struct RaceEntry(int Entry, float Score, int FieldAbove, int FieldTies);
