using NascarDfs.Domain.Sites;

namespace NascarDfs.Contests.Definitions;

/// <summary>The parts of a contest besides its payouts, for text that gives only the payouts (the site's contest
/// details) or to override what the text says. Null: not given.</summary>
public sealed record ContestHeader(Site? Site = null, string? Name = null, decimal? EntryFee = null, int? FieldSize = null, int? MaxEntries = null);
