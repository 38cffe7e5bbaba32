using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 defect 1: row actions in the live Jobs grid must act on every click, even while rows re-render under the
/// pointer. Each click holds the button down while the running jobs report progress (the store is written and the grid
/// reloads from it) and releases it after, as a slow click on a busy page does.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class LiveRowActionTests
{
    private const int Cycles = 4;

    [Fact(Timeout = 240_000)]
    public async Task CancelRerunDelete_OnLiveRows_EveryClickActs()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "2"]);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var page = await browser.OpenAsync(server.Url + "/jobs");
        var lost = new List<string>();

        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            // Two running jobs whose progress is written to the store every second (10 s, 10 points a tick).
            var target = await SubmitSleepAsync(http, $"target {cycle}", 10);
            var other = await SubmitSleepAsync(http, $"other {cycle}", 10);
            await Assertions.Expect(Badge(page, target)).ToHaveAttributeAsync("data-state", "running", new() { Timeout = 30_000 });
            await Assertions.Expect(Badge(page, other)).ToHaveAttributeAsync("data-state", "running", new() { Timeout = 30_000 });

            // Cancel on the running row, held over two of its own progress ticks.
            await HeldClickAsync(page, $"Cancel #{target}", target);
            if (!await EventuallyAsync(async () => await StateAsync(http, target) == "cancelled"))
            {
                lost.Add($"cancel #{target}");
                await UntilStateAsync(http, target, "completed", TimeSpan.FromSeconds(30));
            }

            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Re-run #{target}", Exact = true })).ToBeVisibleAsync(new() { Timeout = 10_000 });

            // Re-run on the finished row while the other one ticks.
            var before = await RerunsOfAsync(http, target);
            await HeldClickAsync(page, $"Re-run #{target}", other);
            if (!await EventuallyAsync(async () => await RerunsOfAsync(http, target) > before)) lost.Add($"re-run #{target}");

            // Delete on the finished row (confirmed) while a job ticks.
            await HeldClickAsync(page, $"Delete #{target}", await AnyRunningAsync(http));
            await ConfirmIfAskedAsync(page);
            if (!await EventuallyAsync(async () => (await http.GetAsync($"/api/jobs/{target}")).StatusCode == System.Net.HttpStatusCode.NotFound))
            {
                lost.Add($"delete #{target}");
            }

            // Free both slots for the next cycle.
            foreach (var job in await RunningOrQueuedAsync(http)) await http.PostAsync($"/api/jobs/{job}/cancel", null);
        }

        Assert.True(lost.Count == 0, $"{lost.Count} of {3 * Cycles} clicks were lost: {string.Join(", ", lost)}");
        browser.FailureShots = false;
    }

    // Presses the button, keeps it down until the running job's row showed two more store writes, then releases.
    private static async Task HeldClickAsync(IPage page, string button, string? ticking)
    {
        var target = page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
        await target.HoverAsync();
        await page.Mouse.DownAsync();
        if (ticking is not null)
        {
            var progress = page.Locator("tr", new() { Has = page.Locator($"[data-job-id='{ticking}']") }).GetByTestId("job-progress");
            var start = await PercentAsync(progress);
            try
            {
                await Poll.UntilAsync(async () => await PercentAsync(progress) is var p && (p >= start + 20 || p < 0), TimeSpan.FromSeconds(15), $"#{ticking} to tick twice");
            }
            catch (TimeoutException)
            {
                // The job ended meanwhile: the click is still made.
            }
        }

        await page.Mouse.UpAsync();
    }

    private static async Task<int> PercentAsync(ILocator progress)
    {
        if (await progress.CountAsync() == 0) return -1;
        return int.TryParse(await progress.First.GetAttributeAsync("data-percent"), out var p) ? p : -1;
    }

    private static async Task ConfirmIfAskedAsync(IPage page)
    {
        var confirm = page.GetByTestId("confirm-yes");
        try
        {
            await confirm.WaitForAsync(new() { Timeout = 5_000 });
            await confirm.ClickAsync();
        }
        catch (TimeoutException)
        {
            // No confirmation on this build: the delete acted (or was lost) at once.
        }
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        try
        {
            await Poll.UntilAsync(condition, TimeSpan.FromSeconds(8), "the click's effect");
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static async Task<JsonElement[]> ListAsync(HttpClient http) =>
        [.. (await http.GetFromJsonAsync<JsonElement>("/api/jobs?limit=1000")).EnumerateArray()];

    private static async Task<int> RerunsOfAsync(HttpClient http, string id) =>
        (await ListAsync(http)).Count(j => j.TryGetProperty("rerunOf", out var r) && r.ValueKind == JsonValueKind.String && r.GetString() == id);

    private static async Task<string?> AnyRunningAsync(HttpClient http) =>
        (await ListAsync(http)).Where(j => j.GetProperty("state").GetString() == "running").Select(j => j.GetProperty("id").GetString()).FirstOrDefault();

    private static async Task<string[]> RunningOrQueuedAsync(HttpClient http) =>
        [.. (await ListAsync(http)).Where(j => j.GetProperty("state").GetString() is "running" or "queued").Select(j => j.GetProperty("id").GetString()!)];
}
