using NascarDfs.Jobs.Handlers;

namespace NascarDfs.Jobs.Tests.Handlers;

public sealed class JobHandlerRegistryTests
{
    [Fact]
    public void Add_SameKindTwice_Throws()
    {
        var registry = new JobHandlerRegistry().Add(new DelegateHandler("a", (_, _) => Task.FromResult<string?>(null)));
        Assert.Throws<InvalidOperationException>(() => registry.Add(new DelegateHandler("a", (_, _) => Task.FromResult<string?>(null))));
    }

    [Fact]
    public void Find_UnknownKind_ReturnsNull()
    {
        var registry = new JobHandlerRegistry().Add(new DelegateHandler("a", (_, _) => Task.FromResult<string?>(null)));
        Assert.NotNull(registry.Find("a"));
        Assert.Null(registry.Find("b"));
        Assert.Equal(["a"], registry.Kinds);
    }

    [Fact]
    public void ReportProgress_OutOfRange_IsClamped()
    {
        var reports = new List<JobProgress>();
        var job = new JobRecord { Id = "x", Kind = "a", Name = "n", Config = "{}" };
        var context = new JobContext(job, 0, new Progress(reports));
        context.ReportProgress(-3);
        context.ReportProgress(150, "m");
        Assert.Equal([new JobProgress(0, null), new JobProgress(100, "m")], reports);
        Assert.Equal(1, context.ThreadBudget);
    }

    [Fact]
    public void ReportProgress_NeverGoesBack_TheMessageStillChanges()
    {
        // Issue 13 defect 4: a phase that restarts its count must not move the job's bar back (50% → 24% was shown).
        var reports = new List<JobProgress>();
        var context = new JobContext(new JobRecord { Id = "x", Kind = "a", Name = "n", Config = "{}" }, 0, new Progress(reports));
        context.ReportProgress(50, "Simulating: 10,000 of 20,000 races");
        context.ReportProgress(24, "Correction 1: re-simulated 256 of 20,000 races");
        context.ReportProgress(54, "Correction 1: re-simulated 12,000 of 20,000 races");
        Assert.Equal([50, 50, 54], reports.Select(r => r.Percent));
        Assert.Equal("Correction 1: re-simulated 256 of 20,000 races", reports[1].Message);
    }

    private sealed class Progress(List<JobProgress> reports) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => reports.Add(value);
    }
}
