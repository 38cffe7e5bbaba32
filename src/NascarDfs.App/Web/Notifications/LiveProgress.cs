namespace NascarDfs.App.Web.Notifications;

/// <summary>A running job's latest progress as the runner reported it (fresher than the store, which is written every 10 points).</summary>
internal sealed record LiveProgress(int Percent, string? Message);
