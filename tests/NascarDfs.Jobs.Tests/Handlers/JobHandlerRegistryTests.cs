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
        context.ReportProgress(150, "m");
        context.ReportProgress(-3);
        Assert.Equal([new JobProgress(100, "m"), new JobProgress(0, null)], reports);
        Assert.Equal(1, context.ThreadBudget);
    }

    private sealed class Progress(List<JobProgress> reports) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => reports.Add(value);
    }
}
