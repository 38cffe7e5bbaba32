using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/NascarDfs.Benchmarks -- --filter '*'
// Each feature's benchmarks live in the folder named after it; results go to bench/RESULTS.md.
// The contest run's peak memory (one fresh process): ... -- contest
// The web app's harness (a browser against the real server, not BenchmarkDotNet): ... -- web
// Both job stores side by side (a throwaway PostgreSQL cluster unless NASCARDFS_TEST_POSTGRES is set): ... -- jobs-stores
if (args is ["jobs-drain", var n, ..])
{
    Console.WriteLine(await NascarDfs.Benchmarks.Jobs.StoreComparisonHarness.DrainOnlyAsync(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)));
    return;
}

if (args is ["jobs-stores", ..])
{
    Console.WriteLine(await NascarDfs.Benchmarks.Jobs.StoreComparisonHarness.RunAsync());
    return;
}

if (args is ["web", ..])
{
    Console.WriteLine(await NascarDfs.Benchmarks.Web.WebAppHarness.RunAsync());
    return;
}

if (args is ["contest", ..])
{
    Console.WriteLine(NascarDfs.Benchmarks.Contests.ContestHarness.Run());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
