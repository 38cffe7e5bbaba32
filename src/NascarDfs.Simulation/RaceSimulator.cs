using System.Collections.Immutable;
using NascarDfs.Simulation.Calibration;
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

        var kernel = CreateKernel(parameters, request, field, fit ? null : parameters.GridStrength);
        StrengthFitter.Outcome? outcome = null;
        if (fit)
        {
            outcome = StrengthFitter.Fit(kernel, projections, options,
                f => progress?.Report(new SimulationProgress("fit", 100 * FitShare * f, "Fitting strengths to projections")),
                cancellationToken);
        }

        var matrix = new RaceMatrix(options.Simulations, request.Drivers.Count, field);
        var done = 0;
        var start = fit ? FitShare : 0;
        BlockRunner.Run(kernel, options.Simulations, options.Seed, options.MaxDegreeOfParallelism, matrix.Record, races =>
        {
            var total = Interlocked.Add(ref done, races);
            progress?.Report(new SimulationProgress("simulate", 100 * (start + (1 - start) * total / options.Simulations),
                $"Simulated {total:N0} of {options.Simulations:N0} races"));
        }, cancellationToken);

        var fits = ImmutableArray<DriverFit>.Empty;
        if (outcome is not null)
        {
            fits = [.. Enumerable.Range(0, field.Cars).Select(i => Fit(matrix, field, request, i, outcome, kernel.Strengths[i]))];
            var misses = fits.Where(f => !f.WithinTolerance).ToList();
            if (misses.Count > 0)
            {
                warnings.Add($"{misses.Count} projection(s) could not be matched within 2% / 0.5 points: "
                    + string.Join(", ", misses.Select(f => $"{f.Name} {f.SimulatedMean:F1} vs {f.Target:F1}")) + ".");
            }
        }

        var fieldTotal = outcome?.FieldTotal ?? MeanFieldTotal(matrix);
        return new SimulationResult(request, matrix, outcome?.ScaleFactor ?? 1, fieldTotal, fits, warnings.ToImmutable());
    }

    /// <summary>A kernel whose strengths are <c>−gridStrength × ln(start)</c> (or zeros, for the fitter to set).</summary>
    internal static RaceKernel CreateKernel(TrackTypeParameters parameters, SimulationRequest request, Field field, double? gridStrength)
    {
        var strengths = new float[field.Cars];
        if (gridStrength is { } g)
        {
            for (var i = 0; i < field.Cars; i++) strengths[i] = (float)(-g * Math.Log(field.Starts[i]));
        }

        return new RaceKernel(parameters, request.Race.Laps, field.Starts, strengths, request.Scoring);
    }

    private static DriverFit Fit(RaceMatrix matrix, Field field, SimulationRequest request, int car, StrengthFitter.Outcome outcome, float strength)
    {
        var d = field.SlateIndex[car];
        var sum = 0.0;
        for (var sim = 0; sim < matrix.Sims; sim++) sum += matrix.Points[sim * matrix.Drivers + d];
        var driver = request.Drivers[d];
        return new DriverFit(driver.Id, driver.Name, driver.Projection, outcome.Targets[car], sum / matrix.Sims, strength);
    }

    private static double MeanFieldTotal(RaceMatrix matrix)
    {
        var sum = 0.0;
        foreach (var p in matrix.Points) sum += p;
        return sum / matrix.Sims;
    }
}
