namespace NascarDfs.App.JobHandlers;

/// <summary>A stored job result: versioned like the arguments (a result written before the field existed reads as v1).</summary>
internal interface IResultDocument
{
    static abstract int CurrentSchemaVersion { get; }

    int SchemaVersion { get; }
}
