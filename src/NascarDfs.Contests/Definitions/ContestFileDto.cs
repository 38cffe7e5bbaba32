namespace NascarDfs.Contests.Definitions;

/// <summary>Our contest JSON, version 1 (the persisted shape; <see cref="Contest"/> may change freely).</summary>
internal sealed class ContestFileDto
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public string? Site { get; set; }

    public string? Name { get; set; }

    public bool Example { get; set; }

    public decimal? EntryFee { get; set; }

    public int? FieldSize { get; set; }

    public int? MaxEntries { get; set; }

    public List<PayoutDto>? Payouts { get; set; }

    internal sealed class PayoutDto
    {
        public int From { get; set; }

        public int To { get; set; }

        public decimal Prize { get; set; }
    }
}
