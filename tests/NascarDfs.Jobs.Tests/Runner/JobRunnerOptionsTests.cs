using NascarDfs.Jobs.Runner;

namespace NascarDfs.Jobs.Tests.Runner;

public sealed class JobRunnerOptionsTests
{
    [Fact]
    public void Defaults_MatchTheSpec()
    {
        var options = new JobRunnerOptions();
        Assert.Equal(Environment.ProcessorCount, options.Concurrency);
        Assert.Equal(TimeSpan.FromSeconds(30), options.LeaseDuration);
        Assert.Equal(TimeSpan.FromSeconds(10), options.LeaseRenewInterval);
        Assert.True(options.CancelPollInterval <= TimeSpan.FromSeconds(1));
        Assert.Equal(Environment.MachineName, options.HostName);
        Assert.Equal((10, TimeSpan.FromSeconds(5)), (options.ProgressWriteStep, options.ProgressWriteInterval));
        options.Validate();
    }

    [Fact]
    public void Validate_RejectsOutOfRangeValues()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobRunnerOptions { Concurrency = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobRunnerOptions { LeaseRenewInterval = TimeSpan.FromSeconds(30) }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobRunnerOptions { CancelPollInterval = TimeSpan.FromSeconds(2) }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobRunnerOptions { ProgressWriteStep = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobRunnerOptions { HostName = " " }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new JobRunnerOptions { OutcomeRetryMaxDelay = TimeSpan.Zero }.Validate());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public void ThreadBudget_IsCoresOverConcurrency_AtLeastOne(int concurrency) =>
        Assert.Equal(Math.Max(1, Environment.ProcessorCount / concurrency), new JobRunnerOptions { Concurrency = concurrency }.ThreadBudget);
}
