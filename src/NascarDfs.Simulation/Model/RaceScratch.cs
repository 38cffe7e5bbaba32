namespace NascarDfs.Simulation.Model;

/// <summary>One thread's working arrays for simulating races of an N-car field, reused race after race.</summary>
internal sealed class RaceScratch
{
    public RaceScratch(int cars)
    {
        Performance = new float[cars];
        Pace = new float[cars];
        Late = new float[cars];
        PaceKeys = new float[cars];
        PaceOrder = new int[cars];
        PhaseWeights = new float[4 * cars];
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

    /// <summary>This race's finishing performance of each car: pace + late noise.</summary>
    public float[] Performance { get; }

    /// <summary>This race's pace of each car: strength + normal noise widened by the shift (leads, fastest laps).</summary>
    public float[] Pace { get; }

    /// <summary>Per car, a standard normal: the late-race noise.</summary>
    public float[] Late { get; }

    /// <summary>Sort keys (−pace) for <see cref="PaceOrder"/>.</summary>
    public float[] PaceKeys { get; }

    /// <summary>Car indices by pace, fastest first.</summary>
    public int[] PaceOrder { get; }

    /// <summary>Cumulative lead weights in pace order, one row per race phase.</summary>
    public float[] PhaseWeights { get; }

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
