using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 defect 14: at 800 px the Jobs grid's actions stay on screen (Created and Duration give way), and the grid
/// and the job page write a time the same way.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class JobsNarrowTests
{
    [Fact(Timeout = 90_000)]
    public async Task JobsGrid_At800Px_ActionsOnScreenAndWorking_OneDateFormat()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var id = await SubmitSleepAsync(http, "a job with a rather long name for a narrow window", 0);
        await UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(30));

        var page = await browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(800, 800);
        await page.GotoAsync(server.Url + "/jobs");
        await Browser.WaitInteractiveAsync(page);
        foreach (var name in new[] { $"Re-run #{id}", $"Delete #{id}", $"Details of #{id}" })
        {
            var button = page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).Or(page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));
            await Assertions.Expect(button.First).ToBeInViewportAsync(new() { Ratio = 1 });
            var box = await button.First.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= 800, $"{name} is at x {box?.X} (width 800)");
        }

        await Browser.ScreenshotAsync(page, "13-14-jobs-800px");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Re-run #{id}", Exact = true }).ClickAsync();
        await Poll.UntilAsync(async () => (await http.GetFromJsonAsync<JsonElement>("/api/jobs")).GetArrayLength() == 2, TimeSpan.FromSeconds(10), "the re-run");

        // One date format: the job page's Created is the grid's (wide window, where the grid shows it).
        await page.SetViewportSizeAsync(1400, 900);
        var created = page.Locator("tr", new() { Has = page.Locator($"[data-job-id='{id}']") }).Locator("td").Nth(3); // Name, Slate, State, Created
        var inGrid = (await created.InnerTextAsync()).Trim();
        Assert.Matches(@"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$", inGrid);
        await page.GotoAsync($"{server.Url}/jobs/{id}");
        await Browser.WaitInteractiveAsync(page);
        var onPage = (await page.Locator("tr", new() { Has = page.Locator("th", new() { HasTextString = "Created" }) }).Locator("td").InnerTextAsync()).Trim();
        Assert.Equal(inGrid, onPage);
        browser.FailureShots = false;
    }
}
