using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NascarDfs.App.Optimize;
using NascarDfs.Optimization.Portfolio;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13, the Lineups page tools as a player uses them before export: sort by a column, filter to lineups with or
/// without a driver, remove and lock lineups (kept over a reload and a restart) — the upload CSV and the DKEntries fill hold the kept lineups, locked first —
/// the ownership column, the toolbar at 1440 px after a fill (defect 14), and the exposure difference against another job.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class LineupsToolsTests
{
    [Fact(Timeout = 150_000)]
    public async Task Lineups_SortFilterRemoveLock_TheExportsHoldTheKeptLineups_AndTheCompareShowsTheDifference()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var id = await SubmitAsync(http, "tools build", 8, null);
        var other = await SubmitAsync(http, "capped build", 8, new PortfolioConstraints { MaxExposure = 50 });
        await UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(60));
        await UntilStateAsync(http, other, "completed", TimeSpan.FromSeconds(60));
        var lineups = await LineupIdsAsync(http, id);
        var names = SampleSlate.SalaryFile().Drivers.ToDictionary(d => d.Id, d => d.Name);

        var page = await browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 900);
        await page.GotoAsync($"{server.Url}/lineups/{id}");
        await Browser.WaitInteractiveAsync(page);
        var rows = page.GetByTestId("lineup-row");
        await Assertions.Expect(rows).ToHaveCountAsync(8);

        // Sort: projection high to low, then low to high; ownership (the sample's Ownership column) low to high.
        await page.GetByTestId("sort-projection").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sort-projection")).ToContainTextAsync("▼");
        var projections = await NumbersAsync(page, "lineup-projection");
        Assert.Equal(projections.OrderByDescending(p => p), projections);
        await page.GetByTestId("sort-projection").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sort-projection")).ToContainTextAsync("▲"); // the rows render in the same batch
        Assert.Equal((await NumbersAsync(page, "lineup-projection")).Order(), await NumbersAsync(page, "lineup-projection"));
        await page.GetByTestId("sort-ownership").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sort-ownership")).ToContainTextAsync(new Regex("[▲▼]"));
        var ownership = await NumbersAsync(page, "lineup-ownership");
        Assert.Equal(8, ownership.Count);
        Assert.Equal(ownership.Order(), ownership);
        Assert.All(ownership, o => Assert.True(o > 0));
        await page.GetByTestId("sort-number").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sort-number")).ToContainTextAsync(new Regex("[▲▼]"));
        Assert.Equal(Enumerable.Range(1, 8).Select(n => n.ToString(CultureInfo.InvariantCulture)), await AttributesAsync(rows, "data-lineup"));

        // Filter: containing a driver in some but not all lineups, then excluding him.
        var (driverId, count) = lineups.SelectMany(l => l).GroupBy(d => d).Select(g => (g.Key, g.Count())).First(g => g.Item2 is > 0 and < 8);
        var driver = names[driverId];
        await page.GetByTestId("filter-containing").SelectOptionAsync(new SelectOptionValue { Label = driver });
        await Assertions.Expect(rows).ToHaveCountAsync(count);
        Assert.All(await page.GetByTestId("lineup-drivers").AllInnerTextsAsync(), d => Assert.Contains(driver, d, StringComparison.Ordinal));
        await Assertions.Expect(page.GetByTestId("lineups-shown")).ToHaveTextAsync($"{count} of 8 lineups shown");
        await page.GetByTestId("filter-containing").SelectOptionAsync(new SelectOptionValue { Value = "" });
        await page.GetByTestId("filter-excluding").SelectOptionAsync(new SelectOptionValue { Label = driver });
        await Assertions.Expect(rows).ToHaveCountAsync(8 - count);
        Assert.All(await page.GetByTestId("lineup-drivers").AllInnerTextsAsync(), d => Assert.DoesNotContain(driver, d, StringComparison.Ordinal));
        await page.GetByTestId("filter-excluding").SelectOptionAsync(new SelectOptionValue { Value = "" });
        await Assertions.Expect(rows).ToHaveCountAsync(8);

        // Remove lineup 2, lock lineup 5: a locked lineup cannot be removed.
        await Row(page, 2).GetByTestId("lineup-remove").ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(7);
        await Assertions.Expect(page.GetByTestId("lineups-removed")).ToHaveTextAsync("1 removed");
        await Row(page, 5).GetByTestId("lineup-lock").ClickAsync();
        await Assertions.Expect(Row(page, 5).GetByTestId("lineup-lock")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(Row(page, 5).GetByTestId("lineup-remove")).ToBeDisabledAsync();
        await Assertions.Expect(page.GetByTestId("export-csv")).ToContainTextAsync("(7)");

        // The upload CSV: the 7 kept lineups, the locked one first.
        List<string[]> expected = [lineups[4], .. lineups.Where((_, i) => i is not (1 or 4))];
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var upload = Path.Combine(folder.Path, "upload.csv");
        await download.SaveAsAsync(upload);
        var uploaded = (await File.ReadAllLinesAsync(upload)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
        Assert.Equal(expected, uploaded);

        // The DKEntries fill: the same lineups; and the toolbar stays one tidy row at 1440 px, the messages below it.
        var entries = new StringBuilder("Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D,,Instructions\r\n");
        for (var i = 0; i < 7; i++) entries.Append(CultureInfo.InvariantCulture, $"{5_000_001 + i},\"NASCAR $5 Double Up, Talladega\",170000,$5,,,,,,,,\r\n");
        var filledDownload = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("entries-input").SetInputFilesAsync(new FilePayload
        {
            Name = "DKEntries.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(entries.ToString()),
        }));
        var filledPath = Path.Combine(folder.Path, "filled.csv");
        await filledDownload.SaveAsAsync(filledPath);
        var filled = (await File.ReadAllLinesAsync(filledPath)).Skip(1).Select(l => l.Split(',').Skip(5).Take(6).Select(c => c[(c.LastIndexOf('(') + 1)..^1]).ToArray()).ToList();
        Assert.Equal(expected, filled);
        await Assertions.Expect(page.GetByTestId("entries-filled")).ToContainTextAsync("Filled 7 entries");
        var button = await Box(page.GetByTestId("export-csv"));
        var entriesDownload = await Box(page.GetByTestId("entries-download"));
        var compare = await Box(page.GetByTestId("lineups-toolbar").Locator(".compare"));
        var message = await Box(page.GetByTestId("entries-filled"));
        Assert.True(Math.Abs(button.Y - entriesDownload.Y) < 40, $"the download button is on the toolbar's row (y {button.Y} against {entriesDownload.Y})");
        Assert.True(Math.Abs(compare.Y + compare.Height / 2 - (button.Y + button.Height / 2)) < 30, $"Compare with stays on the toolbar's row (y {compare.Y} against {button.Y})");
        Assert.True(compare.X + compare.Width <= 1440 && entriesDownload.X + entriesDownload.Width <= 1440, "the toolbar fits in 1440 px");
        Assert.True(message.Y >= button.Y + button.Height, $"the fill's message is below the toolbar's buttons (y {message.Y}, buttons end at {button.Y + button.Height})");
        Assert.True(button.Height < 48, $"the Upload CSV button is one line ({button.Height} px)");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no horizontal scroll at 1440 px");
        await Browser.ScreenshotAsync(page, "13-lineups-tools-1440");

        // The edits outlive a reload.
        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("lineups-removed")).ToHaveTextAsync("1 removed");
        await Assertions.Expect(Row(page, 5).GetByTestId("lineup-lock")).ToHaveAttributeAsync("aria-pressed", "true");

        // Compare with the capped build: each driver's exposure in both and the difference (this − other), of the kept lineups.
        var otherLineups = await LineupIdsAsync(http, other);
        await page.GetByTestId("lineups-toolbar").Locator(".compare").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = $"#{other}" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("exposure-compare")).ToBeVisibleAsync();
        var compareRows = page.GetByTestId("exposure-compare-row");
        Assert.True(await compareRows.CountAsync() >= 6);
        foreach (var name in (await AttributesAsync(compareRows, "data-driver")).Where(n => !n.Contains('\'', StringComparison.Ordinal)).Take(5))
        {
            var driverOf = names.Single(n => n.Value == name).Key;
            var mine = 100.0 * expected.Count(l => l.Contains(driverOf)) / expected.Count;
            var theirs = 100.0 * otherLineups.Count(l => l.Contains(driverOf)) / otherLineups.Count;
            var shown = await page.Locator($"[data-testid=exposure-compare-row][data-driver='{name}']").GetByTestId("exposure-difference").InnerTextAsync();
            var points = Math.Round(mine - theirs, 1) + 0.0;
            Assert.Equal((points > 0 ? "+" : "") + points.ToString("0.#", CultureInfo.InvariantCulture) + " pts", shown);
        }

        await Browser.ScreenshotAsync(page, "13-lineups-compare");

        // ... and a restart of the server (lineup-edits.json in the data folder).
        await server.StopAsync();
        await using var restarted = await ServerProcess.StartAsync(folder.Path);
        await page.GotoAsync($"{restarted.Url}/lineups/{id}");
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByTestId("lineups-removed")).ToHaveTextAsync("1 removed");
        await Assertions.Expect(Row(page, 5).GetByTestId("lineup-lock")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.GetByTestId("export-csv")).ToContainTextAsync("(7)");
        browser.FailureShots = false;
    }

    private static ILocator Row(IPage page, int number) => page.Locator($"[data-testid=lineup-row][data-lineup='{number}']");

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not laid out");

    private static async Task<List<double>> NumbersAsync(IPage page, string testId) =>
        [.. (await page.GetByTestId(testId).AllInnerTextsAsync()).Select(t => double.Parse(t.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))];

    private static async Task<List<string>> AttributesAsync(ILocator locator, string attribute)
    {
        var values = new List<string>();
        for (var i = 0; i < await locator.CountAsync(); i++) values.Add(await locator.Nth(i).GetAttributeAsync(attribute) ?? "");
        return values;
    }

    // The job's whole portfolio in its order, from the API (driver IDs per lineup).
    private static async Task<List<string[]>> LineupIdsAsync(HttpClient http, string id) =>
        [.. (await http.GetStringAsync($"/api/jobs/{id}/lineups.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Trim().Split(','))];

    private static async Task<string> SubmitAsync(HttpClient http, string name, int lineups, PortfolioConstraints? constraints)
    {
        var config = SampleArgs.Document(SampleArgs.Optimize(name, lineups, constraints));
        var response = await http.PostAsJsonAsync("/api/jobs", new { kind = OptimizeArgs.Kind, name, config }, NascarDfs.App.Services.AppJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
