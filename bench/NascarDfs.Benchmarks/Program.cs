using BenchmarkDotNet.Running;

// Run: dotnet run -c Release --project bench/NascarDfs.Benchmarks -- --filter '*'
// Each feature's benchmarks live in the folder named after it; results go to bench/RESULTS.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
