using System.Collections.Immutable;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Simulation.Model;

/// <summary>The cars that start: slate drivers not marked out, with their official starting positions.</summary>
internal sealed class Field
{
    private Field(int[] slateIndex, int[] starts, ImmutableArray<string> warnings)
    {
        SlateIndex = slateIndex;
        Starts = starts;
        Warnings = warnings;
    }

    /// <summary>Per car, its index in the slate's driver list.</summary>
    public int[] SlateIndex { get; }

    /// <summary>Per car, its official starting position.</summary>
    public int[] Starts { get; }

    public ImmutableArray<string> Warnings { get; }

    public int Cars => SlateIndex.Length;

    /// <summary>Builds the field; drivers without a start get the free grid slots by salary rank (SPEC §9).</summary>
    public static Field Build(IReadOnlyList<Driver> drivers)
    {
        var cars = Enumerable.Range(0, drivers.Count).Where(i => !drivers[i].Out).ToArray();
        if (cars.Length < 2) throw new ArgumentException("A race needs at least two drivers who are not out.", nameof(drivers));
        // Positions are stored as bytes; NASCAR fields are 36–44 cars.
        if (cars.Length > 255) throw new ArgumentException("A race has at most 255 starters.", nameof(drivers));
        var taken = new HashSet<int>();
        foreach (var i in cars)
        {
            if (drivers[i].Start is not { } start) continue;
            if (start < 1) throw new ArgumentException($"{drivers[i].Name} has starting position {start}; positions start at 1.", nameof(drivers));
            if (!taken.Add(start)) throw new ArgumentException($"Starting position {start} is given to two drivers.", nameof(drivers));
        }

        var starts = cars.Select(i => drivers[i].Start ?? 0).ToArray();
        var unknown = Enumerable.Range(0, cars.Length).Where(k => starts[k] == 0)
            .OrderByDescending(k => drivers[cars[k]].Salary).ThenBy(k => drivers[cars[k]].Id, StringComparer.Ordinal).ToList();
        var warnings = ImmutableArray<string>.Empty;
        if (unknown.Count > 0)
        {
            var slot = 1;
            foreach (var k in unknown)
            {
                while (taken.Contains(slot)) slot++;
                starts[k] = slot;
                taken.Add(slot);
            }

            warnings = [unknown.Count == cars.Length
                ? "No starting positions given: the grid is set by salary (highest first) for place differential."
                : $"{unknown.Count} driver(s) without a starting position were given the free grid slots by salary: "
                  + string.Join(", ", unknown.Select(k => $"{drivers[cars[k]].Name} P{starts[k]}")) + "."];
        }

        return new Field(cars, starts, warnings);
    }
}
