using System.Collections.Immutable;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Benchmarks.Optimization;

/// <summary>The benchmark slate: the first 40 drivers of the real 2019 Daytona 500 DraftKings file (salaries and averages as published).</summary>
internal static class BenchmarkSlates
{
    public static Slate Forty()
    {
        var file = SalaryFileReader.Read(Path.Combine(RepositoryRoot(), "..", "shared", "data", "draftkings", "2019-daytona-500.DKSalaries.csv"));
        return SlateAssembler.Assemble(file with { Drivers = [.. file.Drivers.Take(40)] }, null);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NascarDfs.slnx"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("NascarDfs.slnx not found above " + AppContext.BaseDirectory);
    }
}
