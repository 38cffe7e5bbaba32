using System.Text;
using NascarDfs.Testing;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>Real salary files changed the way a tester (or an attacker) would change them.</summary>
internal static class HostileFiles
{
    public static string[] DaytonaLines => File.ReadAllLines(TestData.Daytona2019Slate);

    /// <summary>The Daytona salary file with the name cell of its first driver replaced by <paramref name="name"/>.</summary>
    public static string WithFirstName(string folder, string name, string file = "DKSalaries.csv")
    {
        var lines = DaytonaLines;
        var cells = lines[1].Split(',');
        cells[2] = name.Contains(',', StringComparison.Ordinal) || name.Contains('"', StringComparison.Ordinal) ? "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : name;
        lines[1] = string.Join(',', cells);
        var path = Path.Combine(folder, file);
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>The Daytona salary file with the salary of its first driver replaced.</summary>
    public static string WithFirstSalary(string folder, string salary)
    {
        var lines = DaytonaLines;
        var cells = lines[1].Split(',');
        cells[5] = salary;
        lines[1] = string.Join(',', cells);
        var path = Path.Combine(folder, "DKSalaries.csv");
        File.WriteAllLines(path, lines);
        return path;
    }

    /// <summary>The Daytona salary file followed by copies of its rows (new IDs) until it is at least <paramref name="bytes"/> long.</summary>
    public static string Padded(string folder, long bytes)
    {
        var path = Path.Combine(folder, "DKSalaries.big.csv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        foreach (var line in DaytonaLines) writer.WriteLine(line);
        var template = DaytonaLines[1].Split(',');
        long written = 0;
        for (var i = 0; written < bytes; i++)
        {
            template[1] = $"Driver {i} ({90000000 + i})";
            template[2] = $"Driver {i}";
            template[3] = (90000000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var line = string.Join(',', template);
            writer.WriteLine(line);
            written += line.Length + 1;
        }

        return path;
    }
}
