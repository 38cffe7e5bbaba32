using System.Diagnostics.CodeAnalysis;

namespace NascarDfs.Jobs;

/// <summary>One stored job with its payloads, every field of SPEC §6: read by id only (<see cref="IJobReader.GetAsync"/>).</summary>
public sealed record JobRecord : JobSummary
{
    /// <summary>A record for tests and stores that build one field by field.</summary>
    public JobRecord()
    {
    }

    /// <summary>The summary with its payloads.</summary>
    [SetsRequiredMembers]
    public JobRecord(JobSummary summary, string config, string? result)
        : base(summary)
    {
        Config = config;
        Result = result;
    }

    /// <summary>The job's configuration (JSON).</summary>
    public required string Config { get; init; }

    /// <summary>The handler's result (JSON), once completed.</summary>
    public string? Result { get; init; }
}
