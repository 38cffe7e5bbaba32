using NascarDfs.Contests.Definitions;
using NascarDfs.Domain.Lineups;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Contests.Lineups;

/// <summary>Lineups as bit masks over slate driver indices (bit d = <c>drivers[d]</c>), checked against the slate.</summary>
internal static class LineupMasks
{
    public static UInt128[] Of(IReadOnlyList<Lineup> lineups, IReadOnlyList<Driver> drivers, SiteRules rules)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < drivers.Count; i++) index[drivers[i].Id] = i;
        var masks = new UInt128[lineups.Count];
        for (var k = 0; k < lineups.Count; k++)
        {
            var ids = lineups[k].DriverIds;
            if (ids.Length != rules.RosterSize)
            {
                throw new ContestException("lineups", $"Lineup {k + 1} has {ids.Length} drivers; a {rules.DisplayName} lineup has {rules.RosterSize}.");
            }

            foreach (var id in ids)
            {
                if (!index.TryGetValue(id, out var d))
                {
                    throw new ContestException("lineups", $"Lineup {k + 1} holds driver ID '{id}', who is not in this slate: the lineups must come from the same salary file.");
                }

                var bit = UInt128.One << d;
                if ((masks[k] & bit) != UInt128.Zero) throw new ContestException("lineups", $"Lineup {k + 1} holds {drivers[d].Name} twice.");
                masks[k] |= bit;
            }
        }

        return masks;
    }
}
