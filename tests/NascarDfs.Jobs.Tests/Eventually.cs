using System.Diagnostics;

namespace NascarDfs.Jobs.Tests;

/// <summary>Polls a condition until it holds or a timeout passes.</summary>
internal static class Eventually
{
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout) throw new TimeoutException($"Timed out after {timeout.TotalSeconds} s waiting for: {what}");
            await Task.Delay(10);
        }

        return clock.Elapsed;
    }
}
