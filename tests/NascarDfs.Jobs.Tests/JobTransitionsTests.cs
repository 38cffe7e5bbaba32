namespace NascarDfs.Jobs.Tests;

public sealed class JobTransitionsTests
{
    /// <summary>Every allowed (transition, from) pair of SPEC §6; everything else is refused.</summary>
    private static readonly HashSet<(JobTransition, JobState)> Allowed =
    [
        (JobTransition.Claim, JobState.Queued),
        (JobTransition.Complete, JobState.Running),
        (JobTransition.Fail, JobState.Running),
        (JobTransition.Cancel, JobState.Queued),
        (JobTransition.Cancel, JobState.Running),
        (JobTransition.Requeue, JobState.Running),
    ];

    public static TheoryData<JobTransition, JobState> AllPairs()
    {
        var data = new TheoryData<JobTransition, JobState>();
        foreach (var t in Enum.GetValues<JobTransition>())
        {
            foreach (var s in Enum.GetValues<JobState>()) data.Add(t, s);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void IsAllowed_EveryPair_MatchesTheSpec(JobTransition transition, JobState from)
    {
        Assert.Equal(Allowed.Contains((transition, from)), JobTransitions.IsAllowed(transition, from));
        if (Allowed.Contains((transition, from))) JobTransitions.EnsureAllowed(transition, from);
        else Assert.Throws<InvalidOperationException>(() => JobTransitions.EnsureAllowed(transition, from));
    }

    [Theory]
    [InlineData(JobTransition.Claim, JobState.Running)]
    [InlineData(JobTransition.Complete, JobState.Completed)]
    [InlineData(JobTransition.Fail, JobState.Failed)]
    [InlineData(JobTransition.Cancel, JobState.Cancelled)]
    [InlineData(JobTransition.Requeue, JobState.Queued)]
    public void Target_EachTransition_WritesItsState(JobTransition transition, JobState target) =>
        Assert.Equal(target, JobTransitions.Target(transition));

    [Fact]
    public void FinishedStates_HaveNoWayOut()
    {
        foreach (var state in new[] { JobState.Completed, JobState.Failed, JobState.Cancelled })
        {
            Assert.True(JobTransitions.IsFinished(state));
            Assert.All(Enum.GetValues<JobTransition>(), t => Assert.False(JobTransitions.IsAllowed(t, state)));
        }
    }
}
