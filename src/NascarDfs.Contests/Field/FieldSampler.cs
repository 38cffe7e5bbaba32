using NascarDfs.Domain.Randomness;

namespace NascarDfs.Contests.Field;

/// <summary>
/// Draws one field lineup: drivers one at a time, each with probability proportional to his weight among the
/// drivers that still leave a completable lineup (the rest of the roster can fit under the cap and reach the salary
/// floor). No rejection, so a 97% floor costs nothing; the bias that restriction adds is what the calibration's
/// weight adjustment removes.
/// </summary>
internal sealed class FieldSampler
{
    // A lineup that reaches a dead end (possible only when salary gaps are wider than the floor-to-cap window) is
    // redrawn this many times, then drawn without the floor.
    private const int MaxRetries = 20;

    private readonly int[] _salary;
    private readonly int[] _ascending; // eligible drivers by salary, cheapest first
    private readonly int _roster;
    private readonly int _cap;

    public FieldSampler(int[] salary, IEnumerable<int> eligible, int roster, int cap)
    {
        _salary = salary;
        _ascending = [.. eligible.OrderBy(i => salary[i]).ThenBy(i => i)];
        _roster = roster;
        _cap = cap;
    }

    public int Eligible => _ascending.Length;

    /// <summary>The highest salary a lineup of eligible drivers can spend within the cap (greedy from the top is an
    /// upper bound; exact enough to lower an impossible floor).</summary>
    public int MaxSpend()
    {
        var top = _ascending.Reverse().Take(_roster).Sum(i => _salary[i]);
        return Math.Min(top, _cap);
    }

    /// <summary>Draws a lineup; scratch arrays are per thread, length = drivers.</summary>
    /// <summary>Draws a lineup spending between <paramref name="floor"/> and <paramref name="ceiling"/> (a dead end is
    /// redrawn, then drawn within the cap only); scratch arrays are per thread.</summary>
    public UInt128 Draw(ref SeededRandom rng, double[] weights, int floor, int ceiling, Scratch scratch)
    {
        for (var attempt = 0; ; attempt++)
        {
            var relaxed = attempt >= MaxRetries;
            if (TryDraw(ref rng, weights, relaxed ? 0 : floor, relaxed ? _cap : ceiling, scratch, out var mask)) return mask;
            if (attempt > MaxRetries) throw new InvalidOperationException("No lineup fits under the salary cap with these drivers.");
        }
    }

    private bool TryDraw(ref SeededRandom rng, double[] weights, int floor, int ceiling, Scratch s, out UInt128 mask)
    {
        mask = UInt128.Zero;
        var spent = 0;
        var chosen = s.Chosen;
        foreach (var i in _ascending) chosen[i] = false;
        for (var k = 0; k < _roster; k++)
        {
            var rest = _roster - k - 1; // slots after this pick
            // Cheapest and dearest `rest` and `rest + 1` unchosen drivers, and who is among the `rest` cheapest/dearest.
            long minRest = 0, minMore = 0, maxRest = 0, maxMore = 0;
            var seen = 0;
            var marked = 0;
            for (var p = 0; p < _ascending.Length && seen <= rest; p++)
            {
                var i = _ascending[p];
                if (chosen[i]) continue;
                if (seen < rest) { minRest += _salary[i]; s.Cheap[i] = true; s.Marked[marked++] = i; }
                minMore += _salary[i];
                seen++;
            }

            seen = 0;
            for (var p = _ascending.Length - 1; p >= 0 && seen <= rest; p--)
            {
                var i = _ascending[p];
                if (chosen[i]) continue;
                if (seen < rest) { maxRest += _salary[i]; s.Dear[i] = true; s.Marked[marked++] = i; }
                maxMore += _salary[i];
                seen++;
            }

            var total = 0.0;
            var count = 0;
            foreach (var i in _ascending)
            {
                if (chosen[i] || weights[i] <= 0) continue;
                var high = ceiling - spent - _salary[i];
                if (high < 0) continue;
                var low = floor - spent - _salary[i];
                // The other `rest` drivers, without i: if i is among the cheapest, the next cheapest takes his place.
                var min = s.Cheap[i] ? minMore - _salary[i] : minRest;
                var max = s.Dear[i] ? maxMore - _salary[i] : maxRest;
                if (min > high || max < low) continue;
                total += weights[i];
                s.Cumulative[count] = total;
                s.Candidates[count++] = i;
            }

            for (var m = 0; m < marked; m++)
            {
                s.Cheap[s.Marked[m]] = false;
                s.Dear[s.Marked[m]] = false;
            }

            if (count == 0) return false;
            var u = rng.NextDouble() * total;
            var pick = count - 1;
            for (var c = 0; c < count; c++)
            {
                if (u < s.Cumulative[c]) { pick = c; break; }
            }

            var chosenDriver = s.Candidates[pick];
            chosen[chosenDriver] = true;
            spent += _salary[chosenDriver];
            mask |= UInt128.One << chosenDriver;
        }

        return true;
    }

    /// <summary>Per-thread work arrays.</summary>
    internal sealed class Scratch(int drivers)
    {
        public bool[] Chosen { get; } = new bool[drivers];

        public bool[] Cheap { get; } = new bool[drivers];

        public bool[] Dear { get; } = new bool[drivers];

        public double[] Cumulative { get; } = new double[drivers];

        public int[] Candidates { get; } = new int[drivers];

        public int[] Marked { get; } = new int[2 * drivers];
    }
}
