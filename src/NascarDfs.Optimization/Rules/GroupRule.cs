using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>At least / at most n drivers of a named set in each lineup.</summary>
internal sealed class GroupRule : IPortfolioRule
{
    private readonly RuleContext _context;
    private readonly DriverGroup _group;
    private readonly HashSet<int> _members;

    public GroupRule(RuleContext context, DriverGroup group)
    {
        _context = context;
        _group = group;
        _members = [.. group.Drivers.Select(context.IndexOf)];
    }

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

    public void Prepare(LineupPlan plan, int lineupIndex)
    {
        var weights = new long[_context.Drivers.Count];
        foreach (var i in _members) weights[i] = 1;
        plan.Limits.Add(new LinearLimit(weights, _group.AtLeast, _group.AtMost));
    }

    public void Accept(UInt128 lineup)
    {
    }

    public string? Describe() => $"group '{_group.Name}'" +
        (_group.AtLeast is { } l ? $" at least {l}" : string.Empty) + (_group.AtMost is { } m ? $" at most {m}" : string.Empty);
}
