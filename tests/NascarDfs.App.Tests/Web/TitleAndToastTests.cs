using Microsoft.Playwright;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>Issue 13 defects 3 and 10: the tab title keeps its running count; toasts close by themselves unless hovered.</summary>
[Collection(ProcessCollection.Name)]
public sealed class TitleAndToastTests
{
    [Fact(Timeout = 120_000)]
    public async Task TabTitle_KeepsRunningCount_AfterLoadNavigationAndReload()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "2"]);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        string[] ids = [await SubmitSleepAsync(http, "one", 60), await SubmitSleepAsync(http, "two", 60)];
        foreach (var id in ids) await UntilStateAsync(http, id, "running", TimeSpan.FromSeconds(30));

        var page = await browser.OpenAsync(server.Url + "/jobs");
        await Assertions.Expect(page).ToHaveTitleAsync("NascarDfs (2 running)");

        // In-app navigation keeps it.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByText("Slate").ClickAsync();
        await page.WaitForURLAsync("**/slate");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Slate");
        await Assertions.Expect(page).ToHaveTitleAsync("NascarDfs (2 running)");

        // A fresh load shows it (from the first paint on: the server renders it).
        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page).ToHaveTitleAsync("NascarDfs (2 running)");

        // And it follows the counts.
        await http.PostAsync($"/api/jobs/{ids[0]}/cancel", null);
        await Assertions.Expect(page).ToHaveTitleAsync("NascarDfs (1 running)", new() { Timeout = 15_000 });
        browser.FailureShots = false;
    }

    [Fact(Timeout = 120_000)]
    public async Task CompletionToast_ClosesByItself_UnlessHovered()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "2"]);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var page = await browser.OpenAsync(server.Url + "/jobs");

        // A completion toast with its Open action goes away on its own.
        var first = await SubmitSleepAsync(http, "closes alone", 0.2);
        var firstToast = page.Locator(".mud-snackbar", new() { HasText = $"job #{first}" });
        await Assertions.Expect(firstToast).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(firstToast).ToHaveCountAsync(0, new() { Timeout = 20_000 });

        // One under the pointer stays while a later one comes and goes.
        var held = await SubmitSleepAsync(http, "held", 0.2);
        var heldToast = page.Locator(".mud-snackbar", new() { HasText = $"job #{held}" });
        await Assertions.Expect(heldToast).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await heldToast.HoverAsync();
        var later = await SubmitSleepAsync(http, "later", 0.2);
        var laterToast = page.Locator(".mud-snackbar", new() { HasText = $"job #{later}" });
        await Assertions.Expect(laterToast).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(laterToast).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Assertions.Expect(heldToast).ToBeVisibleAsync();

        // Leaving it lets it close.
        await page.Mouse.MoveAsync(5, 450);
        await Assertions.Expect(heldToast).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        browser.FailureShots = false;
    }
}
