using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13, constraints without JSON, in Debian's chromium: a group and a start range built in the editors reach the
/// job's stored constraints and its lineups respect them; exposures set in the Slate table are shown on the Optimize page,
/// in its JSON, and honoured; JSON typed in the advanced view fills the editors and the Slate table; bad input is refused
/// at the field with a reason; the Slate table's value column and bulk actions; at 800 px the Lock/Exclude/Out boxes stay
/// on screen.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class ConstraintEditorTests
{
    private static readonly string[] Top = ["Kyle Larson", "William Byron", "Christopher Bell"];

    [Fact(Timeout = 150_000)]
    public async Task GroupAndStartRange_BuiltInTheEditors_ReachTheStoredConstraints_LineupsRespectThem()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.GetByTestId("load-sample").ClickAsync();
        await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("drivers");
        await NavigateAsync(page, "Optimize");

        // At most 1 of the three best drivers.
        await page.GetByTestId("add-group").ClickAsync();
        await Fill(Input(page, "group-name"), "Top three");
        await PickAsync(page, Top);
        await Assertions.Expect(page.GetByTestId("group-hint")).ToContainTextAsync("Give at least, at most");
        await Fill(Input(page, "group-at-most"), "1");
        await Assertions.Expect(page.GetByTestId("group-hint")).ToHaveCountAsync(0);

        // At least 3 drivers starting 1st to 12th.
        await page.GetByTestId("add-range").ClickAsync();
        await Fill(Input(page, "range-from"), "1");
        await Fill(Input(page, "range-to"), "12");
        await Fill(Input(page, "range-at-least"), "3");

        // The JSON follows the editors.
        await Assertions.Expect(Json(page)).ToHaveValueAsync(new Regex("\"Top three\"[\\s\\S]*\"atMost\": 1"));
        await Assertions.Expect(Json(page)).ToHaveValueAsync(new Regex("\"from\": 1,\\s*\"to\": 12,\\s*\"atLeast\": 3"));

        await Fill(Input(page, "opt-lineups"), "6");
        await page.GetByTestId("opt-submit").ClickAsync();
        var id = JobIdIn(await ConfirmationAsync(page));
        await PageSpies.UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(60));

        var constraints = (await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("config").GetProperty("constraints");
        var group = constraints.GetProperty("groups")[0];
        Assert.Equal("Top three", group.GetProperty("name").GetString());
        Assert.Equal(1, group.GetProperty("atMost").GetInt32());
        Assert.Equal(Top.Order(StringComparer.Ordinal), group.GetProperty("drivers").EnumerateArray().Select(d => d.GetString()!).Order(StringComparer.Ordinal));
        var range = constraints.GetProperty("startRanges")[0];
        Assert.Equal((1, 12, 3), (range.GetProperty("from").GetInt32(), range.GetProperty("to").GetInt32(), range.GetProperty("atLeast").GetInt32()));

        var lineups = await LineupsAsync(http, id);
        Assert.Equal(6, lineups.Count);
        var top = Top.Select(SampleId).ToHashSet(StringComparer.Ordinal);
        var early = SampleStarts().Where(s => s.Value <= 12).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        Assert.All(lineups, l => Assert.True(l.Count(top.Contains) <= 1, $"more than 1 of the group: {string.Join(",", l)}"));
        Assert.All(lineups, l => Assert.True(l.Count(early.Contains) >= 3, $"fewer than 3 starting 1–12: {string.Join(",", l)}"));
        // Without them the best six lineups break one or the other: the editors changed the portfolio.
        var sample = NascarDfs.Domain.Slates.SlateAssembler.Assemble(NascarDfs.App.Optimize.SampleSlate.SalaryFile(), NascarDfs.App.Optimize.SampleSlate.Projections());
        var free = NascarDfs.Optimization.Portfolio.PortfolioOptimizer.Build(new(sample, 6, new NascarDfs.Optimization.Portfolio.PortfolioConstraints())).Lineups;
        Assert.Contains(free, l => l.DriverIds.Count(top.Contains) > 1 || l.DriverIds.Count(early.Contains) < 3);

        // Edit & re-run brings the rows back.
        await page.GotoAsync($"{server.Url}/optimize?from={id}");
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(Input(page, "group-name")).ToHaveValueAsync("Top three");
        await Assertions.Expect(Input(page, "group-at-most")).ToHaveValueAsync("1");
        await Assertions.Expect(Input(page, "range-to")).ToHaveValueAsync("12");
        await Assertions.Expect(Input(page, "range-at-least")).ToHaveValueAsync("3");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 150_000)]
    public async Task ExposuresSetInTheSlateTable_ShownOnOptimize_Honoured_JsonEditsReachTheTable()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.GetByTestId("load-sample").ClickAsync();
        await Fill(page.GetByLabel("Max exposure of Christopher Bell", new() { Exact = true }), "0");
        await Fill(page.GetByLabel("Min exposure of Ty Gibbs", new() { Exact = true }), "100");

        await NavigateAsync(page, "Optimize");
        await Assertions.Expect(page.GetByTestId("exposure-summary")).ToContainTextAsync("Christopher Bell at most 0 %");
        await Assertions.Expect(page.GetByTestId("exposure-summary")).ToContainTextAsync("Ty Gibbs at least 100 %");
        await Assertions.Expect(Json(page)).ToHaveValueAsync(new Regex("\"Christopher Bell\": \\{\\s*\"max\": 0"));
        await Assertions.Expect(Json(page)).ToHaveValueAsync(new Regex("\"Ty Gibbs\": \\{\\s*\"min\": 100"));

        await Fill(Input(page, "opt-lineups"), "4");
        await page.GetByTestId("opt-submit").ClickAsync();
        var id = JobIdIn(await ConfirmationAsync(page));
        await PageSpies.UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(60));
        var lineups = await LineupsAsync(http, id);
        Assert.Equal(4, lineups.Count);
        Assert.All(lineups, l => Assert.DoesNotContain(SampleId("Christopher Bell"), l));
        Assert.All(lineups, l => Assert.Contains(SampleId("Ty Gibbs"), l));

        // JSON typed in the advanced view: the editors and the Slate table follow.
        await Fill(Json(page), """{"exposures": {"Kyle Larson": {"max": 50}}, "groups": [{"name": "Gibbs cars", "drivers": ["Denny Hamlin", "Ty Gibbs"], "atMost": 1}]}""");
        await Assertions.Expect(Input(page, "group-name")).ToHaveValueAsync("Gibbs cars");
        await Assertions.Expect(Input(page, "group-at-most")).ToHaveValueAsync("1");
        await Assertions.Expect(page.GetByTestId("exposure-summary")).ToContainTextAsync("Kyle Larson at most 50 %");
        await Assertions.Expect(page.GetByTestId("exposure-summary")).Not.ToContainTextAsync("Ty Gibbs");
        await NavigateAsync(page, "Slate");
        await Assertions.Expect(page.GetByLabel("Max exposure of Kyle Larson", new() { Exact = true })).ToHaveValueAsync("50");
        await Assertions.Expect(page.GetByLabel("Max exposure of Christopher Bell", new() { Exact = true })).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel("Min exposure of Ty Gibbs", new() { Exact = true })).ToHaveValueAsync("");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 120_000)]
    public async Task BadInput_RefusedAtTheField_WithAReason_SubmitBlocked()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.GetByTestId("load-sample").ClickAsync();
        await NavigateAsync(page, "Optimize");
        await page.GetByTestId("add-group").ClickAsync();
        await PickAsync(page, Top[..2]);

        // A count that is not one: refused at the field, the text kept.
        foreach (var (text, reason) in new[] { ("abc", "is not a number"), ("-1", "must be 0 or more"), ("1.5", "whole number") })
        {
            await Fill(Input(page, "group-at-least"), text);
            await Assertions.Expect(FieldOf(page, Input(page, "group-at-least"))).ToContainTextAsync(reason);
            await Assertions.Expect(Input(page, "group-at-least")).ToHaveValueAsync(text);
            await Assertions.Expect(Input(page, "group-at-least")).ToHaveAttributeAsync("aria-invalid", "true");
        }

        // Counts that contradict: the rule's sentence under the row, live.
        await Fill(Input(page, "group-at-least"), "2");
        await Fill(Input(page, "group-at-most"), "1");
        await Assertions.Expect(page.GetByTestId("group-problem")).ToContainTextAsync("asks for at least 2 but at most 1 drivers");
        await page.GetByTestId("add-range").ClickAsync();
        await Fill(Input(page, "range-from"), "20");
        await Fill(Input(page, "range-to"), "5");
        await Assertions.Expect(page.GetByTestId("range-problem")).ToContainTextAsync("is empty (from is after to)");

        await page.GetByTestId("opt-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("opt-row-problems")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("opt-confirmation")).ToHaveCountAsync(0);

        // JSON naming a driver the slate lacks: refused at the JSON field, the editors kept.
        var bad = """{"groups": [{"name": "X", "drivers": ["Nobody Atall"], "atMost": 1}]}""";
        await Fill(Json(page), bad);
        await Assertions.Expect(FieldOf(page, Json(page))).ToContainTextAsync("No driver 'Nobody Atall'");
        await Assertions.Expect(Json(page)).ToHaveValueAsync(bad);
        await Assertions.Expect(page.GetByTestId("group-row")).ToHaveCountAsync(1);
        await Assertions.Expect(Input(page, "group-at-most")).ToHaveValueAsync("1");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 120_000)]
    public async Task SlateTable_ValueColumn_BulkActions_StyledRows_BoxesOnScreenAt800Px()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.SetViewportSizeAsync(800, 900);
        await page.GetByTestId("load-sample").ClickAsync();

        // 800 px: every row's Lock / Exclude / Out box is on screen without scrolling sideways.
        foreach (var label in new[] { "Lock Kyle Larson", "Exclude Kyle Larson", "Kyle Larson is out" })
        {
            var box = await page.GetByLabel(label, new() { Exact = true }).BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.X + box.Width <= 800, $"{label} is off-screen at 800 px (x = {box.X})");
        }

        await Browser.ScreenshotAsync(page, "slate-800px");

        // Value: projected points per $1,000 (Kyle Larson: 52.1 at $11,000).
        await Assertions.Expect(page.GetByLabel("Value of Kyle Larson", new() { Exact = true })).ToHaveTextAsync("4.74");
        await Fill(page.GetByLabel("Projection of Kyle Larson", new() { Exact = true }), "66");
        await Assertions.Expect(page.GetByLabel("Value of Kyle Larson", new() { Exact = true })).ToHaveTextAsync("6.00");

        // Rows styled by state.
        await page.GetByLabel("Lock Kyle Larson", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Exclude Ty Gibbs", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Denny Hamlin is out", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(Row(page, "Kyle Larson")).ToHaveClassAsync(new Regex("driver-locked"));
        await Assertions.Expect(Row(page, "Ty Gibbs")).ToHaveClassAsync(new Regex("driver-excluded"));
        await Assertions.Expect(Row(page, "Denny Hamlin")).ToHaveClassAsync(new Regex("driver-out"));
        var locked = await Row(page, "Kyle Larson").EvaluateAsync<string>("r => getComputedStyle(r).backgroundColor");
        var plain = await Row(page, "William Byron").EvaluateAsync<string>("r => getComputedStyle(r).backgroundColor");
        Assert.NotEqual(plain, locked);

        // Bulk actions.
        await page.GetByTestId("bulk-reset").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Projection of Kyle Larson", new() { Exact = true })).ToHaveValueAsync("52.1");
        await Assertions.Expect(page.GetByLabel("Lock Kyle Larson", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByTestId("bulk-clear-locks").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Lock Kyle Larson", new() { Exact = true })).Not.ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Exclude Ty Gibbs", new() { Exact = true })).ToBeCheckedAsync();
        await page.GetByTestId("bulk-clear-excludes").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Exclude Ty Gibbs", new() { Exact = true })).Not.ToBeCheckedAsync();
        await page.GetByTestId("bulk-clear-outs").ClickAsync();
        await Assertions.Expect(page.GetByLabel("Denny Hamlin is out", new() { Exact = true })).Not.ToBeCheckedAsync();
        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel("Projection of Kyle Larson", new() { Exact = true })).ToHaveValueAsync("52.1");
        await Assertions.Expect(page.GetByLabel("Denny Hamlin is out", new() { Exact = true })).Not.ToBeCheckedAsync();
        browser.FailureShots = false;
    }

    // Picks drivers in the open group's list, closes it and waits until the picks reached the JSON (the server has them).
    private static async Task PickAsync(IPage page, IEnumerable<string> names)
    {
        await page.GetByTestId("group-drivers").ClickAsync();
        foreach (var name in names) await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = name }).ClickAsync();
        // Escape closes the list; on a loaded machine a key can reach it before it listens, so a click outside is the fallback.
        await page.Keyboard.PressAsync("Escape");
        for (var attempt = 0; attempt < 3 && await page.Locator(".mud-popover-open").CountAsync() > 0; attempt++)
        {
            await page.WaitForTimeoutAsync(1_000);
            if (await page.Locator(".mud-popover-open").CountAsync() > 0) await page.Locator("h1").ClickAsync();
        }

        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        foreach (var name in names) await Assertions.Expect(Json(page)).ToHaveValueAsync(new Regex(Regex.Escape($"\"{name}\"")));
    }

    private static async Task Fill(ILocator field, string text)
    {
        await field.FillAsync(text);
        await field.PressAsync("Tab");
    }

    private static ILocator Row(IPage page, string driver) =>
        page.Locator("[data-testid=driver-table] tbody tr", new() { Has = page.GetByLabel($"Lock {driver}", new() { Exact = true }) });

    private static ILocator Json(IPage page) => page.Locator("[data-testid=opt-json] textarea, textarea[data-testid=opt-json]").First;

    private static ILocator FieldOf(IPage page, ILocator input) => page.Locator(".mud-input-control", new() { Has = input });

    private static async Task<List<string[]>> LineupsAsync(HttpClient http, string id) =>
        [.. (await http.GetStringAsync($"/api/jobs/{id}/lineups.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(l => IdPattern().Matches(l).Select(m => m.Value).ToArray())];

    private static async Task NavigateAsync(IPage page, string link)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByText(link).ClickAsync();
        await page.WaitForURLAsync("**/" + link.ToLowerInvariant());
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(link);
        await Browser.WaitInteractiveAsync(page);
    }

    private static async Task<string> ConfirmationAsync(IPage page)
    {
        await Assertions.Expect(page.GetByTestId("opt-confirmation")).ToContainTextAsync("queued (job #");
        return await page.GetByTestId("opt-confirmation").InnerTextAsync();
    }

    private static string SampleId(string name) =>
        NascarDfs.App.Optimize.SampleSlate.SalaryFile().Drivers.Single(d => d.Name == name).Id;

    private static Dictionary<string, int> SampleStarts() =>
        NascarDfs.Domain.Slates.SlateAssembler.Assemble(NascarDfs.App.Optimize.SampleSlate.SalaryFile(), NascarDfs.App.Optimize.SampleSlate.Projections())
            .Drivers.Where(d => d.Start is not null).ToDictionary(d => d.Id, d => d.Start!.Value, StringComparer.Ordinal);

    private static ILocator Input(IPage page, string testId) => page.Locator($"input[data-testid={testId}], [data-testid={testId}] input").First;

    private static string JobIdIn(string text) => JobId().Match(text).Groups[1].Value;

    [GeneratedRegex("job #([a-z0-9]+)")]
    private static partial Regex JobId();

    [GeneratedRegex(@"\b4\d{7}\b")]
    private static partial Regex IdPattern();
}
