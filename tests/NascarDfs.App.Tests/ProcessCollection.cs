namespace NascarDfs.App.Tests;

/// <summary>Tests that start processes, servers or browsers: never in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "Processes";
}
