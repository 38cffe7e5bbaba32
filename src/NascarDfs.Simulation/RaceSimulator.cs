using System.Collections.Immutable;
using NascarDfs.Simulation.Calibration;
using NascarDfs.Simulation.Gpu;
using NascarDfs.Simulation.Model;

namespace NascarDfs.Simulation;

/// <summary>
/// The Monte Carlo race simulator (SPEC §5): strengths fitted to the projections, then many races simulated in
/// parallel, reproducibly by seed. Non-starters score 0.
/// </summary>
public static class RaceSimulator
{
    // Share of the progress bar given to fitting strengths (it costs about as much as a 10,000-race run).
    private const double FitShare = 0.4;

    // Corrections on the run's own races: each reruns the whole run, so few; a miss after them is reported.
    private const int MaxFinalCorrections = 3;

    // The run's races must land within 90% of the reported tolerance (2% or 0.5 points) before a correction is skipped.
    private const double FinalTolerance = 0.9;

    /// <summary>Runs the simulation. Throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public static SimulationResult Run(
        SimulationRequest request, IProgress<SimulationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options;
        options.Validate();
        request.Race.Validate();
        var parameters = (options.Calibration ?? CalibrationParameters.Default).For(request.Race.Type);
        var field = Field.Build(request.Drivers);
        var warnings = field.Warnings.ToBuilder();
        var projections = field.SlateIndex.Select(d => request.Drivers[d].Projection).ToArray();
        var fit = options.FitToProjections && projections.Any(p => p > 0);
        if (options.FitToProjections && !fit) warnings.Add("No driver has a positive projection: strengths come from the starting grid.");

        var kernel = CreateKernel(parameters, request, field, fromGrid: !fit);
        var fitter = fit ? new StrengthFitter(kernel, projections) : null;
        var fitSims = Math.Min(options.FitSimulations, options.Simulations);
        while (fitter is not null && fitter.Passes < options.MaxFitIterations)
        {
            var means = BlockRunner.MeanPoints(kernel, fitSims, options.Seed, options.MaxDegreeOfParallelism, cancellationToken);
            progress?.Report(new SimulationProgress("fit", 100 * FitShare * fitter.Passes / options.MaxFitIterations,
                $"Fitting strengths to projections (pass {fitter.Passes + 1} of at most {options.MaxFitIterations})"));
            if (fitter.Step(means)) break;
        }

        // The run's races include the fitting races; a last correction on all of them (rarely more than one)
        // makes the reported fit hold on the races the user gets, not only on the fitting sample.
        fitter?.ChangeRaces();
        var matrix = new RaceMatrix(options.Simulations, request.Drivers.Count, field);

        // Progress only moves forward (issue 13 defect 4): the first pass takes most of what is left after fitting, each
        // final correction (a re-run of every race) half of what is left after it; the bar ends at 100 when the run ends.
        var from = fit ? 100 * FitShare : 0;
        var device = options.EmulateGpu || GpuDevices.UseGpu(options.Device)
            ? GpuDevices.With(options.EmulateGpu, (accelerator, name) => RunAll(new GpuRaceRunner(accelerator, kernel), name))
            : RunAll(null, SimulationResult.CpuDevice);

        string RunAll(GpuRaceRunner? gpu, string name)
        {
            using (gpu)
            {
                for (var final = 0; ; final++)
                {
                    var to = fit ? from + ((100 - from) * (final == 0 ? 0.8 : 0.5)) : 100;
                    Simulate(kernel, gpu, matrix, options, progress, from, to, final, cancellationToken);
                    from = to;
                    if (fitter is null || final == MaxFinalCorrections || fitter.Step(CarMeans(matrix, field, matrix.Sims - options.HeldOutRaces), FinalTolerance)) break;
                }
            }

            return name;
        }

        var fits = ImmutableArray<DriverFit>.Empty;
        if (fitter is not null)
        {
            fits = [.. Enumerable.Range(0, field.Cars).Select(i => Fit(matrix, field, request, i, fitter!.Targets[i], kernel.Strengths[i]))];
            var misses = fits.Where(f => !f.WithinTolerance).ToList();
            if (misses.Count > 0)
            {
                warnings.Add($"{misses.Count} projection(s) could not be matched within 2% / 0.5 points: "
                    + string.Join(", ", misses.Select(f => $"{f.Name} {f.SimulatedMean:F1} vs {f.Target:F1}")) + ".");
            }
        }

        if (from < 100) progress?.Report(new SimulationProgress("simulate", 100, $"Simulated {options.Simulations:N0} races"));
        var fieldTotal = fitter?.FieldTotal ?? MeanFieldTotal(matrix);
        return new SimulationResult(request, matrix, fitter?.ScaleFactor ?? 1, fieldTotal, fits, warnings.ToImmutable(), device);
    }

    /// <summary>A kernel whose strengths are <c>−GridStrength × ln(start + GridOffset)</c> (<paramref name="fromGrid"/>)
    /// or zeros for the fitter to set; then each car gets his per-race strength shift (<see cref="Shifts"/>).</summary>
    internal static RaceKernel CreateKernel(TrackTypeParameters parameters, SimulationRequest request, Field field, bool fromGrid)
    {
        var strengths = new float[field.Cars];
        if (fromGrid)
        {
            for (var i = 0; i < field.Cars; i++) strengths[i] = (float)(-parameters.GridStrength * Math.Log(field.Starts[i] + parameters.GridOffset));
        }

        return new RaceKernel(parameters, request.Race.Laps, field.Starts, strengths, request.Scoring, fromGrid ? null : Shifts(parameters, request, field));
    }

    /// <summary>Per car, the standard deviation of his per-race strength shift: the type's default
    /// <see cref="TrackTypeParameters.StrengthShift"/> times his projection <c>StdDev</c> ÷ the median StdDev of the
    /// starters who have one (capped at 3×), or the default for a driver without one. A larger StdDev therefore widens
    /// a driver's distribution (the fit keeps his mean); the scale of the StdDev column (DraftKings or FanDuel points)
    /// does not matter.</summary>
    internal static float[] Shifts(TrackTypeParameters parameters, SimulationRequest request, Field field)
    {
        var shifts = new float[field.Cars];
        var given = field.SlateIndex.Select(d => request.Drivers[d].StdDev).Where(x => x is > 0).Select(x => x!.Value).Order().ToList();
        var median = given.Count == 0 ? 0 : given[given.Count / 2];
        for (var i = 0; i < field.Cars; i++)
        {
            var sd = request.Drivers[field.SlateIndex[i]].StdDev;
            var ratio = sd is { } x && median > 0 ? Math.Clamp(x / median, 0, 3) : 1;
            shifts[i] = (float)(parameters.StrengthShift * ratio);
        }

        return shifts;
    }

    /// <summary>The run's races into <paramref name="matrix"/>, on the GPU when <paramref name="gpu"/> is given (the
    /// same model and random streams), else on the CPU's threads. Progress goes from <paramref name="from"/> to
    /// <paramref name="to"/> percent; reports from the workers are serialized (a lock around the count and the report), so
    /// they arrive in order.</summary>
    internal static void Simulate(
        RaceKernel kernel, GpuRaceRunner? gpu, RaceMatrix matrix, SimulationOptions options, IProgress<SimulationProgress>? progress, double from, double to,
        int correction, CancellationToken cancellationToken)
    {
        var done = 0;
        var gate = new Lock();
        var what = correction == 0 ? "Simulated" : $"Correction {correction}: re-simulated";
        void Done(int races)
        {
            if (progress is null) return;
            lock (gate)
            {
                done += races;
                progress.Report(new SimulationProgress("simulate", from + ((to - from) * done / options.Simulations),
                    $"{what} {done:N0} of {options.Simulations:N0} races"));
            }
        }

        if (gpu is not null) gpu.Run(matrix, options.Seed, Done, cancellationToken);
        else BlockRunner.Run(kernel, options.Simulations, options.Seed, options.MaxDegreeOfParallelism, matrix.Record, Done, cancellationToken);
    }

    private static double[] CarMeans(RaceMatrix matrix, Field field, int races)
    {
        var means = new double[field.Cars];
        for (var sim = 0; sim < races; sim++)
        {
            var row = sim * matrix.Drivers;
            for (var i = 0; i < means.Length; i++) means[i] += matrix.Points[row + field.SlateIndex[i]];
        }

        for (var i = 0; i < means.Length; i++) means[i] /= races;
        return means;
    }

    private static DriverFit Fit(RaceMatrix matrix, Field field, SimulationRequest request, int car, double target, float strength)
    {
        var d = field.SlateIndex[car];
        var sum = 0.0;
        for (var sim = 0; sim < matrix.Sims; sim++) sum += matrix.Points[sim * matrix.Drivers + d];
        var driver = request.Drivers[d];
        return new DriverFit(driver.Id, driver.Name, driver.Projection, target, sum / matrix.Sims, strength);
    }

    private static double MeanFieldTotal(RaceMatrix matrix)
    {
        var sum = 0.0;
        foreach (var p in matrix.Points) sum += p;
        return sum / matrix.Sims;
    }
}
