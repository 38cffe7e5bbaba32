namespace NascarDfs.Simulation.Evaluation;

/// <summary>Progress of an evaluation.</summary>
/// <param name="Stage"><c>calibrate</c> or <c>race</c>.</param>
/// <param name="Percent">0–100 overall.</param>
/// <param name="Message">What is being done.</param>
public sealed record EvaluationProgress(string Stage, double Percent, string Message);
