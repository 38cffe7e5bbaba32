namespace NascarDfs.Simulation.Model;

/// <summary>
/// Every simulated race's outcome as flat arrays, row = race, column = slate driver (out drivers included, with
/// zeros): no per-race objects. 100,000 races × 40 drivers take 48 MB (12 bytes per cell).
/// </summary>
internal sealed class RaceMatrix
{
    public RaceMatrix(int sims, int drivers, Field field)
    {
        Sims = sims;
        Drivers = drivers;
        Points = new float[sims * drivers];
        Finish = new byte[sims * drivers];
        LapsLed = new ushort[sims * drivers];
        FastestLaps = new ushort[sims * drivers];
        LapsCompleted = new ushort[sims * drivers];
        Status = new byte[sims * drivers];
        CautionLaps = new ushort[sims];
        Field = field;
        var starters = new bool[drivers];
        foreach (var d in field.SlateIndex) starters[d] = true;
        for (var d = 0; d < drivers; d++)
        {
            if (starters[d]) continue;
            for (var sim = 0; sim < sims; sim++) Status[sim * drivers + d] = (byte)CarStatus.DidNotStart;
        }
    }

    public int Sims { get; }

    public int Drivers { get; }

    public Field Field { get; }

    public float[] Points { get; }

    /// <summary>Finishing position, 0 for non-starters (fields are at most 255 cars).</summary>
    public byte[] Finish { get; }

    public ushort[] LapsLed { get; }

    public ushort[] FastestLaps { get; }

    public ushort[] LapsCompleted { get; }

    public byte[] Status { get; }

    public ushort[] CautionLaps { get; }

    public void Record(int sim, RaceScratch s)
    {
        var row = sim * Drivers;
        var cars = Field.SlateIndex;
        for (var i = 0; i < cars.Length; i++)
        {
            var cell = row + cars[i];
            Points[cell] = s.Points[i];
            Finish[cell] = (byte)s.Finish[i];
            LapsLed[cell] = (ushort)s.LapsLed[i];
            FastestLaps[cell] = (ushort)s.FastestLaps[i];
            LapsCompleted[cell] = (ushort)s.LapsCompleted[i];
            Status[cell] = s.Status[i];
        }

        CautionLaps[sim] = (ushort)s.CautionLaps;
    }

    /// <summary>Records race <paramref name="sim"/> from row <paramref name="row"/> of a GPU chunk (columns = cars).</summary>
    public void Record(int sim, Gpu.GpuRaceRunner.ChunkOutcome chunk, int row)
    {
        var at = sim * Drivers;
        var from = row * chunk.Cars;
        var cars = Field.SlateIndex;
        for (var i = 0; i < cars.Length; i++)
        {
            var cell = at + cars[i];
            Points[cell] = chunk.Points[from + i];
            Finish[cell] = (byte)chunk.Finish[from + i];
            LapsLed[cell] = (ushort)chunk.LapsLed[from + i];
            FastestLaps[cell] = (ushort)chunk.FastestLaps[from + i];
            LapsCompleted[cell] = (ushort)chunk.LapsCompleted[from + i];
            Status[cell] = (byte)chunk.Status[from + i];
        }

        CautionLaps[sim] = (ushort)chunk.CautionLaps[row];
    }
}
