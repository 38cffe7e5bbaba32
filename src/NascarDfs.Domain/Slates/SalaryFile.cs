using System.Collections.Immutable;
using NascarDfs.Domain.Sites;

namespace NascarDfs.Domain.Slates;

/// <summary>A parsed salary file (DraftKings salary export or FanDuel player list): the slate as the site published it.</summary>
public sealed record SalaryFile(Site Site, string FileName, string? RaceName, ImmutableArray<SlateDriver> Drivers);
