using NascarDfs.App.JobHandlers;
using NascarDfs.Simulation.Evaluation;

namespace NascarDfs.App.Evaluate;

/// <summary>The result of an <c>evaluate</c> job: the report exactly as <c>evaluate --json</c> writes it. The Evaluation page reads it as it is.</summary>
public sealed record EvaluateResultDocument(EvaluationReport Report) : IResultDocument
{
    public static int CurrentSchemaVersion => 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
}
