using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace NascarDfs.Benchmarks.Jobs;

/// <summary>
/// Runs <see cref="JobsHarness"/> once and prints its table (copy it into bench/RESULTS.md):
/// <c>dotnet run -c Release --project bench/NascarDfs.Benchmarks -- --filter '*JobsEngineBenchmarks*'</c>.
/// BenchmarkDotNet's own figure for this row is the harness's total run time, not a result.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class JobsEngineBenchmarks
{
    private string _report = "";

    [Benchmark]
    public async Task Harness() => _report = await JobsHarness.RunAsync();

    [GlobalCleanup]
    public void Print()
    {
        var path = Path.Combine(Path.GetTempPath(), "nascardfs-jobs-bench.md");
        File.WriteAllText(path, _report);
        Console.WriteLine("// Jobs engine harness (also written to " + path + "):");
        Console.WriteLine(_report);
    }
}
