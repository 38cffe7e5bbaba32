using System.Net;
using Microsoft.Playwright;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>Issue 13 defect 11: Delete and Clear finished ask first; keeping deletes nothing.</summary>
[Collection(ProcessCollection.Name)]
public sealed class ConfirmDeleteTests
{
    [Fact(Timeout = 120_000)]
    public async Task DeleteAndClearFinished_AskFirst_KeepDeletesNothing()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "2"]);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        string[] done = [await SubmitSleepAsync(http, "a", 0.1), await SubmitSleepAsync(http, "b", 0.1), await SubmitSleepAsync(http, "c", 0.1)];
        foreach (var id in done) await UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(30));
        var page = await browser.OpenAsync(server.Url + "/jobs");

        // Delete, then Keep: the job stays.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete #{done[0]}", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync($"#{done[0]}");
        await page.GetByTestId("confirm-no").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-yes")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/jobs/{done[0]}")).StatusCode);

        // Delete, then confirm: gone.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete #{done[0]}", Exact = true }).ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Poll.UntilAsync(async () => (await http.GetAsync($"/api/jobs/{done[0]}")).StatusCode == HttpStatusCode.NotFound, TimeSpan.FromSeconds(10), "the delete");

        // Clear finished names the count; Keep keeps both, confirming clears them and leaves the running job.
        var running = await SubmitSleepAsync(http, "still running", 60);
        await UntilStateAsync(http, running, "running", TimeSpan.FromSeconds(30));
        await page.GetByTestId("jobs-clear").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-dialog")).ToContainTextAsync("all 2 finished");
        await page.GetByTestId("confirm-no").ClickAsync();
        await Assertions.Expect(page.GetByTestId("confirm-yes")).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/jobs/{done[1]}")).StatusCode);
        await page.GetByTestId("jobs-clear").ClickAsync();
        await page.GetByTestId("confirm-yes").ClickAsync();
        await Poll.UntilAsync(async () => (await http.GetAsync($"/api/jobs/{done[2]}")).StatusCode == HttpStatusCode.NotFound, TimeSpan.FromSeconds(10), "the clear");
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/jobs/{done[1]}")).StatusCode);
        Assert.Equal("running", await StateAsync(http, running));
        browser.FailureShots = false;
    }
}
