using NascarDfs.Simulation.Calibration;

namespace NascarDfs.Simulation.Tests.Calibration;

/// <summary>The calibration's coverage target, worked out by hand: with n simulations a calibrated driver's real rank is
/// uniform on 0..n and his PIT is (rank + ½) ÷ (n + 1); the central band is PIT in [0.1, 0.9].</summary>
public class CentralCoverageTests
{
    [Theory]
    [InlineData(20, 17.0 / 21)] // ranks 2..18: PIT 0.119..0.881 in, 0.071 and 0.929 out
    [InlineData(9, 0.8)] // ranks 1..8: PIT 0.15..0.85 in, 0.05 and 0.95 out
    [InlineData(1, 1.0)] // PIT 0.25 and 0.75 are both in: 2 of 2
    public void NominalCoverage_CountsTheRanksInTheBand(int sims, double expected)
    {
        Assert.Equal(expected, CalibrationSet.NominalCoverage(sims), 12);
    }
}
