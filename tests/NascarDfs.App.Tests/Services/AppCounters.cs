using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using NascarDfs.App.Services;

namespace NascarDfs.App.Tests.Services;

/// <summary>Listens to the app's meter and counts each instrument's increments while it lives.</summary>
internal sealed class AppCounters : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public AppCounters()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AppMetrics.MeterName) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => _counts.AddOrUpdate(instrument.Name, value, (_, old) => old + value));
        _listener.Start();
    }

    public long Written => this["nascardfs.job_args.written"];

    public long Read => this["nascardfs.job_args.read"];

    public long Validated => this["nascardfs.job_args.validated"];

    public long SlatesAssembled => this["nascardfs.slates.assembled"];

    private long this[string name] => _counts.GetValueOrDefault(name);

    public void Dispose() => _listener.Dispose();
}
