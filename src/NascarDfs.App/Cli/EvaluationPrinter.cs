using System.Globalization;
using NascarDfs.Simulation.Evaluation;
using Spectre.Console;

namespace NascarDfs.App.Cli;

/// <summary>The tables of <c>nascar-dfs evaluate</c>: every section (overall, then each track type) side by side.</summary>
internal static class EvaluationPrinter
{
    public static void Print(EvaluationReport report)
    {
        var sections = new[] { report.Overall }.Concat(report.ByType).ToList();
        var window = report.To is { } to ? $"{report.From:yyyy-MM-dd} to {to:yyyy-MM-dd}" : $"from {report.From:yyyy-MM-dd}";
        Line($"Evaluated {report.Races.Count} Cup points races {window} ({report.Skipped.Count} skipped), {report.Simulations:N0} simulations each, seed {report.Seed}.");
        Line($"Calibration: {report.Calibration}. Projections: {report.ProjectionsRule()}.");
        Line($"Scheduled laps: {report.ScheduledLapsRule}.");
        Line($"Normal baseline: mean = projection, sd by projection bucket fitted on {report.Baseline.Races} races before the window: "
            + string.Join(", ", report.Baseline.Buckets.Select(b => $"{F(b.Lower, 0)}+ {F(b.StdDev, 1)}")) + ".");

        var dist = new Table().Title("Per-driver points: simulator (sim) vs normal baseline (nrm)")
            .AddColumns("Section", "Races", "Cases", "p10–p90 sim", "nrm", ">p99 sim", "nrm", "CRPS sim", "nrm", "CRPS skill", "PIT deciles sim (%)", "PIT nrm (%)");
        foreach (var s in sections)
        {
            dist.AddRow(s.Name, I(s.Races), I(s.Model.Cases), P(s.Model.Coverage80), P(s.Normal.Coverage80), P(s.Model.AboveP99, 2), P(s.Normal.AboveP99, 2),
                F(s.Model.Crps, 3), F(s.Normal.Crps, 3), P(s.CrpsSkill), Deciles(s.Model), Deciles(s.Normal));
        }

        AnsiConsole.Write(dist);

        var prob = new Table().Title("Probabilities (Brier skill vs k/N; worst reliability gap over bins with ≥ 50 cases)")
            .AddColumns("Section", "Market", "Brier", "k/N Brier", "Skill", "Log loss", "Worst gap");
        foreach (var s in sections)
        {
            foreach (var p in s.Probabilities)
            {
                var gaps = p.Reliability.Where(b => b.Cases >= 50).Select(b => b.Gap).DefaultIfEmpty(0).Max();
                prob.AddRow(s.Name, p.Market, F(p.Brier, 4), F(p.ReferenceBrier, 4), F(p.BrierSkill, 3), F(p.LogLoss, 4), F(gaps, 3));
            }
        }

        AnsiConsole.Write(prob);

        var rel = new Table().Title("Reliability (overall): cases / predicted / observed per probability bin").AddColumn("Market");
        foreach (var b in report.Overall.Probabilities[0].Reliability) rel.AddColumn($"{F(b.Lower, 1)}–{F(b.Upper, 1)}");
        foreach (var p in report.Overall.Probabilities)
        {
            rel.AddRow([p.Market, .. p.Reliability.Select(b => b.Cases == 0 ? "" : $"{b.Cases} / {F(b.MeanPredicted!.Value, 2)} / {F(b.Observed!.Value, 2)}")]);
        }

        AnsiConsole.Write(rel);

        var race = new Table().Title("Race level: real vs simulated (share of races whose real value is below sim p10 / above sim p90; nominal 10% each)")
            .AddColumns("Section", "Quantity", "Real mean (sd)", "Sim mean (sd)", "Sim/real", "Below p10", "Above p90");
        foreach (var s in sections)
        {
            foreach (var q in s.RaceLevel)
            {
                race.AddRow(s.Name, q.Name, $"{F(q.RealMean, 1)} ({F(q.RealSd, 1)})", $"{F(q.SimMean, 1)} ({F(q.SimSd, 1)})",
                    q.RealMean > 0 ? F(q.SimMean / q.RealMean, 3) : "", P(q.RealBelowP10), P(q.RealAboveP90));
            }
        }

        AnsiConsole.Write(race);

        var facts = new Table().Title("Joint dominator facts: share of races (real) vs mean simulated probability").AddColumn("Fact");
        foreach (var s in sections) facts.AddColumn($"{s.Name} real / sim");
        for (var k = 0; k < report.Overall.Dominators.Count; k++)
        {
            facts.AddRow([report.Overall.Dominators[k].Name, .. sections.Select(s => $"{P(s.Dominators[k].Real)} / {P(s.Dominators[k].Simulated)}")]);
        }

        AnsiConsole.Write(facts);

        var metrics = new Table().Title("Race metrics: mean (race-to-race sd), real vs simulated")
            .AddColumns("Section", "Metric", "Races", "Real", "Sim", "Sd ratio sim/real");
        foreach (var s in sections)
        {
            foreach (var m in s.Metrics)
            {
                var digits = m.Name is "drivers-leading" or "mean-abs-place-differential" ? 2 : 3;
                metrics.AddRow(s.Name, m.Name, I(m.Races), $"{F(m.RealMean, digits)} ({F(m.RealSd, digits)})", $"{F(m.SimMean, digits)} ({F(m.SimSd, digits)})",
                    m.SdRatio is { } r ? F(r, 2) : "");
            }
        }

        AnsiConsole.Write(metrics);
        PrintBars(report);
        var missed = report.Misses(MaxMisses);
        if (missed.Count > 0)
        {
            var misses = new Table().Title($"Biggest misses: real points furthest in the simulated tails (top {MaxMisses}; --json has every driver)")
                .AddColumns("Date", "Track", "Driver", "Start", "Finish", "Projection", "Real", "Sim p10–p90", "Sim p99", "PIT");
            foreach (var (r, d) in missed)
            {
                misses.AddRow(r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Track, d.Name, I(d.Start), I(d.Finish), F(d.Projection, 1), F(d.RealPoints, 1),
                    $"{F(d.SimP10, 1)}–{F(d.SimP90, 1)}", F(d.SimP99, 1), P(d.Pit));
            }

            AnsiConsole.Write(misses);
        }

        if (report.Skipped.Count > 0)
        {
            Line("Skipped: " + string.Join("; ", report.Skipped.Select(s => $"{s.Date:yyyy-MM-dd} {s.Track} ({s.Reason})")) + ".");
        }

        var fallback = report.Races.Where(r => r.LapsSource.StartsWith("laps run", StringComparison.Ordinal)).ToList();
        if (fallback.Count > 0) Line($"Laps run used (no earlier scheduled distance): {string.Join(", ", fallback.Select(r => $"{r.Date:yyyy-MM-dd} {r.Track} {r.ScheduledLaps}"))}.");
    }

    private static void PrintBars(EvaluationReport report)
    {
        if (report.Bars.Count == 0) return;
        var withReference = report.ReferenceWindows > 0;
        var bars = new Table().Title(withReference
                ? $"The race model's bars on this window; beside them {report.ReferenceWindows} reference windows (races drawn from the model itself): their median value, "
                    + "the share meeting the bar, the share at least as far off as this window"
                : "The race model's bars on this window (--reference N: how often a perfect model meets each on a window this size)")
            .AddColumns("Section", "Bar", "Rule", "Value", "Met");
        if (withReference) bars.AddColumns("Perfect model: median", "meets it", "as far off");
        foreach (var b in report.Bars)
        {
            string[] row = [b.Section, b.Name, b.Rule, b.Value, b.Met ? "yes" : "NO"];
            bars.AddRow(withReference
                ? [.. row, b.ReferenceMedian is { } m ? ModelBars.Format(m, b.Unit) : "", b.ReferenceMet is { } r ? P(r, 0) : "", b.ReferenceAsFar is { } f ? P(f, 0) : ""]
                : row);
        }

        AnsiConsole.Write(bars);
        Line($"Bars met: {report.Bars.Count(b => b.Met)} of {report.Bars.Count}.");
        if (withReference)
        {
            var met = report.ReferenceBarsMet;
            Line($"A perfect model on windows of this size meets {met.Average():F1} of {report.Bars.Count} on average (fewest {met.Min()}, most {met.Max()}); "
                + $"all of them in {met.Count(m => m == report.Bars.Count)} of {met.Count} windows.");
        }
    }

    // Rows of the misses table in the terminal (the app shows 25).
    private const int MaxMisses = 10;

    private static void Line(string text) => AnsiConsole.MarkupLine(Markup.Escape(text));

    private static string Deciles(DistributionScores s) => string.Join(" ", s.PitDeciles.Select(d => (100 * d).ToString("0", CultureInfo.InvariantCulture)));

    private static string I(int x) => x.ToString(CultureInfo.InvariantCulture);

    private static string F(double x, int digits) => x.ToString("F" + digits, CultureInfo.InvariantCulture);

    private static string P(double share, int digits = 1) => (100 * share).ToString("F" + digits, CultureInfo.InvariantCulture) + "%";
}
