namespace NascarDfs.Simulation.Model;

/// <summary>One thread's working arrays for simulating races of an N-car field, reused race after race.</summary>
internal sealed class RaceScratch
{
    public RaceScratch(int cars)
    {
        Performance = new float[cars];
        LapsCompleted = new int[cars];
        Status = new byte[cars];
        Keys = new double[cars];
        Order = new int[cars];
        Weights = new float[cars];
        Exps = new float[cars];
        LapsLed = new int[cars];
        FastestLaps = new int[cars];
        Finish = new int[cars];
        Points = new float[cars];
    }

    /// <summary>This race's performance of each car: strength + Gumbel noise.</summary>
    public float[] Performance { get; }

    public int[] LapsCompleted { get; }

    /// <summary>A <see cref="CarStatus"/> per car.</summary>
    public byte[] Status { get; }

    public double[] Keys { get; }

    /// <summary>Car indices in finishing order.</summary>
    public int[] Order { get; }

    /// <summary>Cumulative selection weights (laps led, then fastest laps).</summary>
    public float[] Weights { get; }

    /// <summary>Per-car exponentials before they are cumulated into <see cref="Weights"/>.</summary>
    public float[] Exps { get; }

    public int[] LapsLed { get; }

    public int[] FastestLaps { get; }

    /// <summary>Finishing position (1-based) per car.</summary>
    public int[] Finish { get; }

    public float[] Points { get; }

    /// <summary>Caution laps of the race.</summary>
    public int CautionLaps { get; set; }
}
