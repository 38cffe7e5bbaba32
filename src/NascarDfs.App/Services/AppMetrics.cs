using System.Diagnostics.Metrics;

namespace NascarDfs.App.Services;

/// <summary>
/// The app's counters (meter <c>NascarDfs.App</c>, readable with <c>dotnet-counters</c>): how often job arguments are
/// written, read and validated and slates assembled. They make "once per request" checkable (issue 8).
/// </summary>
internal static class AppMetrics
{
    public const string MeterName = "NascarDfs.App";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Written = Meter.CreateCounter<long>("nascardfs.job_args.written", description: "Job arguments serialized for storage.");
    private static readonly Counter<long> Read = Meter.CreateCounter<long>("nascardfs.job_args.read", description: "Job arguments deserialized.");
    private static readonly Counter<long> Validated = Meter.CreateCounter<long>("nascardfs.job_args.validated", description: "Job arguments validated.");
    private static readonly Counter<long> Assembled = Meter.CreateCounter<long>("nascardfs.slates.assembled", description: "Slates assembled from a salary file and projections.");

    public static void ArgsWritten(string kind) => Written.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void ArgsRead(string kind) => Read.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void ArgsValidated(string kind) => Validated.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public static void SlateAssembled() => Assembled.Add(1);
}
