namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>How often a driver appears in a stored portfolio; percent is 0–100 of the lineups requested.</summary>
public sealed record ExposureDocument(int Count, double Percent);
