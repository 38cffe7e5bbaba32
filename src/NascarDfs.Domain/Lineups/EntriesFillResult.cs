using System.Collections.Immutable;

namespace NascarDfs.Domain.Lineups;

/// <summary>What <see cref="DraftKingsEntriesFile.Fill"/> did.</summary>
/// <param name="OutputPath">The new file written (the user's file is never overwritten).</param>
/// <param name="EntriesFilled">How many entry rows received a lineup.</param>
/// <param name="Warnings">Entries left as they were, or lineups without an entry.</param>
public sealed record EntriesFillResult(string OutputPath, int EntriesFilled, ImmutableArray<string> Warnings);
