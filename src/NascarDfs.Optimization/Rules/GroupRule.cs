using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>At least / at most n drivers of a named set in each lineup.</summary>
internal sealed class GroupRule : IPortfolioRule
{
    private readonly RuleContext _context;
    private readonly DriverGroup _group;
    private readonly HashSet<int> _members;
    private LinearLimit? _limit;

    public GroupRule(RuleContext context, DriverGroup group)
    {
        _context = context;
        _group = group;
        _members = [.. group.Drivers.Select(context.IndexOf)];
    }

    public RuleScope Scope => RuleScope.Lineup;

    public void Check(ICollection<string> conflicts)
    {
        var name = $"Group '{_group.Name}'";
        if (_group.AtLeast is { } least && _group.AtMost is { } most && least > most)
        {
            conflicts.Add($"{name} asks for at least {least} but at most {most} drivers.");
        }

        var available = _members.Count(i => !_context.Unavailable[i]);
        if (_group.AtLeast is { } atLeast && atLeast > Math.Min(available, _context.RosterSize))
        {
            conflicts.Add($"{name} needs at least {atLeast} drivers, but only {available} of its drivers are available for {_context.RosterSize} slots.");
        }

        var locked = _members.Count(i => _context.Locked[i]);
        if (_group.AtMost is { } atMost && locked > atMost)
        {
            conflicts.Add($"{name} allows at most {atMost} drivers, but {locked} of them are locked.");
        }
    }

    // Built once: the search caches per-limit tables by instance.
    private LinearLimit Limit => _limit ??= new LinearLimit(
        [.. Enumerable.Range(0, _context.Drivers.Count).Select(i => _members.Contains(i) ? 1L : 0L)], _group.AtLeast, _group.AtMost);

    public void Prepare(LineupPlan plan, int lineupIndex) => plan.Limits.Add(Limit);

    public void Accept(UInt128 lineup)
    {
    }

    public string? Describe() => $"group '{_group.Name}'" +
        (_group.AtLeast is { } l ? $" at least {l}" : string.Empty) + (_group.AtMost is { } m ? $" at most {m}" : string.Empty);
}
