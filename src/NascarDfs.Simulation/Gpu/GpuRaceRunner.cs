using ILGPU;
using ILGPU.Runtime;
using NascarDfs.Simulation.Model;

namespace NascarDfs.Simulation.Gpu;

/// <summary>
/// Runs a <see cref="RaceKernel"/>'s races on an ILGPU accelerator in chunks (one thread per race), copying each
/// chunk's outcome into the <see cref="RaceMatrix"/>. Race r uses stream r of the seed, as on the CPU path.
/// </summary>
internal sealed class GpuRaceRunner : IDisposable
{
    /// <summary>Races per launch: bounds device memory (≈ 90 bytes per car and race) and sets the progress steps.</summary>
    public const int ChunkRaces = 65_536;

    private readonly Accelerator _accelerator;
    private readonly Action<Index1D, GpuRaceScalars, GpuRaceTables, GpuRaceScratch> _launch;
    private readonly List<IDisposable> _buffers = [];
    private readonly GpuRaceTables _tables;
    private readonly RaceKernel _kernel;
    private readonly MemoryBuffer1D<float, Stride1D.Dense> _strengths;

    public GpuRaceRunner(Accelerator accelerator, RaceKernel kernel)
    {
        _accelerator = accelerator;
        _kernel = kernel;
        _launch = accelerator.LoadAutoGroupedStreamKernel<Index1D, GpuRaceScalars, GpuRaceTables, GpuRaceScratch>(GpuRaceKernel.Race);
        var p = kernel.Parameters;
        _strengths = Upload(kernel.Strengths);
        _tables = new GpuRaceTables
        {
            Strengths = _strengths.View,
            Shifts = Upload(kernel.Shifts).View,
            FinishPoints = Upload(kernel.FinishPoints).View,
            Starts = Upload(kernel.Starts).View,
            CautionQuantiles = Upload(p.CautionShareQuantiles).View,
            MechanicalQuantiles = Upload(p.MechanicalTimingQuantiles).View,
            CrashQuantiles = Upload(p.CrashTimingQuantiles).View,
            CrashSizeCumulative = Upload(kernel.CrashSizeCumulative).View,
        };
    }

    /// <summary>Simulates races 0 … <c>matrix.Sims − 1</c> into <paramref name="matrix"/>, reporting each finished chunk's races.</summary>
    public void Run(RaceMatrix matrix, ulong seed, Action<int>? chunkDone, CancellationToken cancellationToken)
    {
        // The fitter changes strengths between runs: upload the current ones.
        _strengths.CopyFromCPU(_kernel.Strengths);
        int n = _kernel.Cars, sims = matrix.Sims, chunk = Math.Min(ChunkRaces, sims);
        var p = _kernel.Parameters;
        var rates = _kernel.ScoringRates;
        var scalars = new GpuRaceScalars
        {
            Cars = n,
            Laps = _kernel.Laps,
            Seed = seed,
            LateNoise = (float)p.LateNoise,
            TroubleRate = (float)p.TroubleRate,
            HotCarRate = (float)p.HotCarRate,
            HotCarLift = (float)p.HotCarLift,
            TroubleDrop = (float)p.TroubleDrop,
            LeadConcentration = (float)p.LeadConcentration,
            LeadLateShare = (float)p.LeadLateShare,
            FastestLapConcentration = (float)p.FastestLapConcentration,
            LapsDownScale = (float)p.LapsDownScale,
            PlaceDiff = rates.PlaceDiff,
            LapLed = rates.LapLed,
            FastestLap = rates.FastestLap,
            LapCompleted = rates.LapCompleted,
            ChaosSd = p.ChaosSd,
            ShuffleSd = p.ShuffleSd,
            DominanceSd = p.DominanceSd,
            MechanicalFailureRate = p.MechanicalFailureRate,
            CrashesPerRace = p.CrashesPerRace,
            ExtraLeadStints = p.ExtraLeadStints,
        };
        using var scratch = new Scratch(_accelerator, chunk, n);
        var outcome = new ChunkOutcome(chunk, n);
        for (var first = 0; first < sims; first += chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var races = Math.Min(chunk, sims - first);
            scalars.FirstRace = first;
            _launch(races, scalars, _tables, scratch.Views);
            _accelerator.Synchronize();
            scratch.CopyTo(outcome, races * n, races);
            for (var r = 0; r < races; r++) matrix.Record(first + r, outcome, r);
            chunkDone?.Invoke(races);
        }
    }

    public void Dispose()
    {
        foreach (var buffer in _buffers) buffer.Dispose();
        _buffers.Clear();
    }

    private MemoryBuffer1D<T, Stride1D.Dense> Upload<T>(T[] values)
        where T : unmanaged
    {
        var buffer = _accelerator.Allocate1D<T>(Math.Max(1, values.Length));
        if (values.Length > 0) buffer.View.SubView(0, values.Length).CopyFromCPU(values);
        _buffers.Add(buffer);
        return buffer;
    }

    /// <summary>A chunk's outcome copied back to the host, row = race of the chunk, column = car.</summary>
    internal sealed class ChunkOutcome(int races, int cars)
    {
        public int Cars { get; } = cars;

        public float[] Points { get; } = new float[races * cars];

        public int[] Finish { get; } = new int[races * cars];

        public int[] LapsLed { get; } = new int[races * cars];

        public int[] FastestLaps { get; } = new int[races * cars];

        public int[] LapsCompleted { get; } = new int[races * cars];

        public int[] Status { get; } = new int[races * cars];

        public int[] CautionLaps { get; } = new int[races];
    }

    private sealed class Scratch : IDisposable
    {
        private readonly List<IDisposable> _all = [];
        private readonly MemoryBuffer1D<float, Stride1D.Dense> _points;
        private readonly MemoryBuffer1D<int, Stride1D.Dense> _finish, _led, _fastest, _completed, _status, _caution;

        public Scratch(Accelerator a, int races, int cars)
        {
            var cells = races * cars;
            _points = Floats(a, cells);
            _finish = Ints(a, cells);
            _led = Ints(a, cells);
            _fastest = Ints(a, cells);
            _completed = Ints(a, cells);
            _status = Ints(a, cells);
            _caution = Ints(a, races);
            Views = new GpuRaceScratch
            {
                Pace = Floats(a, cells).View,
                Late = Floats(a, cells).View,
                Performance = Floats(a, cells).View,
                Exps = Floats(a, cells).View,
                Weights = Floats(a, cells).View,
                PhaseWeights = Floats(a, cells * 4).View,
                Points = _points.View,
                Keys = Track(a.Allocate1D<double>(cells)).View,
                Order = Ints(a, cells).View,
                PaceOrder = Ints(a, cells).View,
                LapsCompleted = _completed.View,
                Status = _status.View,
                LapsLed = _led.View,
                FastestLaps = _fastest.View,
                Finish = _finish.View,
                CautionLaps = _caution.View,
            };
        }

        public GpuRaceScratch Views { get; }

        public void CopyTo(ChunkOutcome o, int cells, int races)
        {
            Contiguous(_points).SubView(0, cells).CopyToCPU(o.Points.AsSpan(0, cells));
            Contiguous(_finish).SubView(0, cells).CopyToCPU(o.Finish.AsSpan(0, cells));
            Contiguous(_led).SubView(0, cells).CopyToCPU(o.LapsLed.AsSpan(0, cells));
            Contiguous(_fastest).SubView(0, cells).CopyToCPU(o.FastestLaps.AsSpan(0, cells));
            Contiguous(_completed).SubView(0, cells).CopyToCPU(o.LapsCompleted.AsSpan(0, cells));
            Contiguous(_status).SubView(0, cells).CopyToCPU(o.Status.AsSpan(0, cells));
            Contiguous(_caution).SubView(0, races).CopyToCPU(o.CautionLaps.AsSpan(0, races));
        }

        public void Dispose()
        {
            foreach (var buffer in _all) buffer.Dispose();
        }

        private static ArrayView<T> Contiguous<T>(MemoryBuffer1D<T, Stride1D.Dense> buffer)
            where T : unmanaged => buffer.View;

        private MemoryBuffer1D<float, Stride1D.Dense> Floats(Accelerator a, int length) => Track(a.Allocate1D<float>(length));

        private MemoryBuffer1D<int, Stride1D.Dense> Ints(Accelerator a, int length) => Track(a.Allocate1D<int>(length));

        private T Track<T>(T buffer)
            where T : IDisposable
        {
            _all.Add(buffer);
            return buffer;
        }
    }
}
