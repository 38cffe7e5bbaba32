using NascarDfs.Optimization.Portfolio;
using NascarDfs.Optimization.Search;

namespace NascarDfs.Optimization.Rules;

/// <summary>
/// At least / at most n drivers whose official starting position lies in a range (place-differential plays).
/// Drivers without a known start are outside every range (SPEC §9), with a warning.
/// </summary>
internal sealed class StartRangeRule : IPortfolioRule
{
    private readonly RuleContext _context;
    private readonly StartRange _range;
    private readonly bool[] _inRange;
    private LinearLimit? _limit;

    public StartRangeRule(RuleContext context, StartRange range)
    {
        _context = context;
        _range = range;
        _inRange = [.. context.Drivers.Select(d => d.Start is { } s && s >= range.From && s <= range.To)];
        var unknown = context.Drivers.Where(d => d.Start is null && !d.Out).Select(d => d.Name).ToList();
        if (unknown.Count > 0)
        {
            var warning = $"{unknown.Count} drivers have no known starting position and count as outside every start range: {string.Join(", ", unknown)}.";
            if (!context.Warnings.Contains(warning)) context.Warnings.Add(warning);
        }
    }

    private string Name => $"Start range {_range.From}–{_range.To}";

    public RuleScope Scope => RuleScope.Lineup;

    public void Check(ICollection<string> conflicts)
    {
        if (_range.From > _range.To) conflicts.Add($"{Name} is empty (from is after to).");
        if (_range.AtLeast is { } least && _range.AtMost is { } most && least > most)
        {
            conflicts.Add($"{Name} asks for at least {least} but at most {most} drivers.");
        }

        var available = Enumerable.Range(0, _inRange.Length).Count(i => _inRange[i] && !_context.Unavailable[i]);
        if (_range.AtLeast is { } atLeast && atLeast > Math.Min(available, _context.RosterSize))
        {
            conflicts.Add($"{Name} needs at least {atLeast} drivers, but only {available} available drivers start there.");
        }

        var locked = Enumerable.Range(0, _inRange.Length).Count(i => _inRange[i] && _context.Locked[i]);
        if (_range.AtMost is { } atMost && locked > atMost)
        {
            conflicts.Add($"{Name} allows at most {atMost} drivers, but {locked} locked drivers start there.");
        }
    }

    private LinearLimit Limit => _limit ??= new LinearLimit([.. _inRange.Select(x => x ? 1L : 0L)], _range.AtLeast, _range.AtMost);

    public void Prepare(LineupPlan plan, int lineupIndex) => plan.Limits.Add(Limit);

    public void Accept(UInt128 lineup)
    {
    }

    public string? Describe() => Name.ToLowerInvariant() +
        (_range.AtLeast is { } l ? $" at least {l}" : string.Empty) + (_range.AtMost is { } m ? $" at most {m}" : string.Empty);
}
