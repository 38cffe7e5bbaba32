using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using NascarDfs.App.Optimize;
using static NascarDfs.App.Tests.Web.PageSpies;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// The Lineups page's DKEntries fill, the Jobs grid's sort (page and API), and keyboard-only use with a name on
/// every control, in Debian's chromium against the real server.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class FeatureTests
{
    // Names the page would read out for each focusable control; lists the ones without (outer HTML, shortened).
    private const string UnnamedControls = """
        () => {
          const visible = el => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el); return r.width > 0 && r.height > 0 && s.visibility !== 'hidden'; };
          const nameOf = el => {
            const aria = el.getAttribute('aria-label'); if (aria && aria.trim()) return aria;
            const by = el.getAttribute('aria-labelledby');
            if (by) { const t = by.split(' ').map(id => document.getElementById(id)?.textContent ?? '').join(' ').trim(); if (t) return t; }
            if (el.labels && el.labels.length) { const t = [...el.labels].map(l => l.textContent).join(' ').trim(); if (t) return t; }
            if (!['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName)) { const t = (el.innerText ?? '').trim(); if (t) return t; }
            return el.getAttribute('title') || '';
          };
          const selector = 'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=combobox], [role=checkbox], [tabindex]:not([tabindex="-1"])';
          const controls = [...document.querySelectorAll(selector)].filter(el => visible(el) || el.type === 'file');
          return { count: controls.length, unnamed: controls.filter(el => !nameOf(el)).map(el => el.outerHTML.slice(0, 200)) };
        }
        """;

    [Fact(Timeout = 90_000)]
    public async Task LineupsPage_FillsAnUploadedDkEntriesFile_DownloadsTheFilledCopy()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        var id = await SubmitOptimizeAsync(http, "entries test", 3);
        await UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(60));

        var page = await browser.OpenAsync($"{server.Url}/lineups/{id}");
        var entries = new StringBuilder("Entry ID,Contest Name,Contest ID,Entry Fee,D,D,D,D,D,D,,Instructions\r\n");
        for (var i = 0; i < 5; i++) entries.Append($"{4_000_001 + i},\"NASCAR $5 Double Up, Talladega\",170000,$5,,,,,,,,\r\n");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("entries-input").SetInputFilesAsync(new FilePayload
        {
            Name = "DKEntries.csv",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(entries.ToString()),
        }));
        Assert.Equal("DKEntries.filled.csv", download.SuggestedFilename);
        await Assertions.Expect(page.GetByTestId("entries-filled")).ToContainTextAsync("Filled 3 entries");
        await Assertions.Expect(page.GetByTestId("entries-warning")).ToContainTextAsync("Entries 4–5 were left as they were");
        await Browser.ScreenshotAsync(page, "7-lineups-dkentries");

        var path = Path.Combine(folder.Path, "filled.csv");
        await download.SaveAsAsync(path);
        var rows = (await File.ReadAllLinesAsync(path)).Select(l => l.Split(',')).ToList();
        Assert.Equal("Entry ID", rows[0][0]);
        Assert.Equal("Instructions", rows[0][^1]);
        var lineups = (await http.GetStringAsync($"/api/jobs/{id}/lineups.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        for (var i = 0; i < 3; i++)
        {
            var filled = rows[i + 1].Skip(5).Take(6).Select(c => c[(c.LastIndexOf('(') + 1)..^1]);
            Assert.Equal(lineups[i].Trim().Split(','), filled);
        }

        Assert.All(rows.Skip(4).Take(2), row => Assert.Equal("", row[5]));

        // Not an entries file: the reason, and no download.
        await page.GetByTestId("entries-input").SetInputFilesAsync(new FilePayload { Name = "notes.csv", MimeType = "text/csv", Buffer = "a,b\r\n1,2\r\n"u8.ToArray() });
        await Assertions.Expect(page.GetByTestId("entries-error")).ToContainTextAsync("Entry ID");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 90_000)]
    public async Task JobsGrid_SortsOnTheServer_ByClickingAHeader_AndTheApiSorts()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path, ["--concurrency", "1"]);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        foreach (var name in new[] { "bravo", "Alpha", "delta", "charlie" }) await SubmitSleepAsync(http, name, 30);

        var byName = await http.GetFromJsonAsync<JsonElement>("/api/jobs?sort=name&order=asc");
        Assert.Equal(["Alpha", "bravo", "charlie", "delta"], byName.EnumerateArray().Select(j => j.GetProperty("name").GetString()));
        await UntilStateAsync(http, byName[1].GetProperty("id").GetString()!, "running", TimeSpan.FromSeconds(10));
        var byState = await http.GetFromJsonAsync<JsonElement>("/api/jobs?sort=state&order=asc");
        Assert.Equal(["charlie", "delta", "Alpha", "bravo"], byState.EnumerateArray().Select(j => j.GetProperty("name").GetString()));
        var bad = await http.GetAsync("/api/jobs?sort=name;drop table jobs");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var page = await browser.OpenAsync(server.Url + "/jobs");
        await Assertions.Expect(page.GetByTestId("job-name")).ToHaveTextAsync(["charlie", "delta", "Alpha", "bravo"]);
        var header = page.Locator("th", new() { HasText = "Name" });
        await header.Locator(".sortable-column-header").ClickAsync();
        await Assertions.Expect(page.GetByTestId("job-name")).ToHaveTextAsync(["Alpha", "bravo", "charlie", "delta"]);
        await header.Locator(".sortable-column-header").ClickAsync();
        await Assertions.Expect(page.GetByTestId("job-name")).ToHaveTextAsync(["delta", "charlie", "bravo", "Alpha"]);
        foreach (var job in byName.EnumerateArray()) await http.PostAsync($"/api/jobs/{job.GetProperty("id").GetString()}/cancel", null);
        browser.FailureShots = false;
    }

    [Fact(Timeout = 90_000)]
    public async Task Keyboard_LoadSampleAndSubmitWithTabAndEnter_EveryControlHasAName()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };

        var page = await browser.OpenAsync(server.Url + "/slate");
        await TabToAsync(page, "load-sample");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("drivers");
        var problems = new List<string>();
        await CollectUnnamedAsync(page, problems);

        await page.GotoAsync(server.Url + "/optimize");
        await Browser.WaitInteractiveAsync(page);
        await CollectUnnamedAsync(page, problems);
        await TabToAsync(page, "opt-submit");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("opt-confirmation")).ToContainTextAsync("queued (job #");
        var id = System.Text.RegularExpressions.Regex.Match(await page.GetByTestId("opt-confirmation").InnerTextAsync(), "job #([a-z0-9]+)").Groups[1].Value;
        await UntilStateAsync(http, id, "completed", TimeSpan.FromSeconds(60));

        foreach (var path in new[] { "/jobs", $"/jobs/{id}", $"/lineups/{id}" })
        {
            await page.GotoAsync(server.Url + path);
            await Browser.WaitInteractiveAsync(page);
            await page.GetByTestId(path == "/jobs" ? "job-name" : path.StartsWith("/jobs/", StringComparison.Ordinal) ? "job-details" : "lineups-table").First.WaitForAsync();
            await CollectUnnamedAsync(page, problems);
        }

        // The status menu opens from the keyboard too.
        await page.GetByTestId("status-indicator").Locator("button").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("status-menu-job")).ToHaveCountAsync(1);
        Assert.True(problems.Count == 0, "Controls without a name:\n" + string.Join("\n", problems.Distinct()));
        browser.FailureShots = false;
    }

    private static async Task CollectUnnamedAsync(IPage page, List<string> problems)
    {
        var scan = await page.EvaluateAsync<JsonElement>(UnnamedControls);
        Assert.True(scan.GetProperty("count").GetInt32() >= 5, $"{page.Url}: only {scan.GetProperty("count")} controls found");
        problems.AddRange(scan.GetProperty("unnamed").EnumerateArray().Select(html => $"{new Uri(page.Url).AbsolutePath}: {html.GetString()}"));
    }

    // Presses Tab until the element with this test id has focus.
    private static async Task TabToAsync(IPage page, string testId)
    {
        for (var i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("id => document.activeElement?.getAttribute('data-testid') === id", testId)) return;
        }

        throw new InvalidOperationException($"Tab never reached [data-testid={testId}].");
    }

    private static async Task<string> SubmitOptimizeAsync(HttpClient http, string name, int lineups)
    {
        var config = SampleArgs.Document(SampleArgs.Optimize(name, lineups));
        var response = await http.PostAsJsonAsync("/api/jobs", new { kind = OptimizeArgs.Kind, name, config }, NascarDfs.App.Services.AppJson.Options);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }
}
