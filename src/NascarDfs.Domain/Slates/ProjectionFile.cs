using System.Collections.Immutable;

namespace NascarDfs.Domain.Slates;

/// <summary>A parsed projections CSV.</summary>
public sealed record ProjectionFile(string FileName, ImmutableArray<ProjectionRow> Rows);
