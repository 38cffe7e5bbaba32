using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NascarDfs.Benchmarks.Web;

/// <summary>
/// Run: <c>dotnet build -c Release src/NascarDfs.App && dotnet run -c Release --project bench/NascarDfs.Benchmarks -- web</c>
/// (Debian chromium at /usr/bin/chromium). Not a test: nothing is asserted, and CI never runs it.
/// Measures the web app's three goals (issue 4) in Debian's chromium against the real <c>nascar-dfs serve</c>:
/// submit → row visible as queued on the open Jobs page, the answer to an interaction on the Jobs page while two
/// CPU-heavy jobs run, and the Jobs page load with 1,000 jobs in history. Times are taken in the page
/// (<c>performance.now()</c>, from the click or fetch to the DOM change a MutationObserver sees) or around the
/// navigation, so the harness's own process does not enter them. <c>rowactions</c> (issue 13): 51 Cancel / Re-run /
/// Delete clicks on live rows of the Jobs grid while two CPU-heavy jobs run — lost clicks and click → effect times.
/// </summary>
internal static partial class WebAppHarness
{
    private const string Chromium = "/usr/bin/chromium";

    // The CPU-heavy job: a coverage portfolio over 100,000 simulated races on the CPU (≈ 25 s on the shared 2-core VM).
    // Until issue 13 it was an exact portfolio of 5,000 randomized lineups; --lineups is now 1–500, and 500 take ≈ 1 s.
    private static readonly string[] Heavy =
        ["jobs", "submit", "optimize", "--sample", "--lineups", "150", "--objective", "coverage", "--track-type", "superspeedway", "--sims", "100000", "--device", "cpu"];

    // In the page: runs the action, then resolves with the ms until the condition holds in the DOM.
    private const string Timed = """
        async ([action, condition]) => {
          const holds = new Function('return (' + condition + ')');
          const t0 = performance.now();
          const result = await (new Function('return (async () => {' + action + '})()'))();
          window.__result = result;
          if (!holds()) await new Promise((resolve, reject) => {
            const o = new MutationObserver(() => { if (holds()) { o.disconnect(); resolve(); } });
            o.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            setTimeout(() => { o.disconnect(); reject(new Error('timed out: ' + condition)); }, 20000);
          });
          return performance.now() - t0;
        }
        """;

    // NASCARDFS_WEB_MEASURES=submit,interactions,rowactions,load (any subset; default all) runs only those measures.
    private static readonly HashSet<string> Measures =
        [.. (Environment.GetEnvironmentVariable("NASCARDFS_WEB_MEASURES") is { Length: > 0 } only ? only : "submit,interactions,rowactions,load").Split(',', StringSplitOptions.TrimEntries)];

    // NASCARDFS_WEB_ROW_CYCLES=N: cycles of the row-action measure (3 clicks each; default 17, 51 clicks).
    private static readonly int RowCycles =
        int.TryParse(Environment.GetEnvironmentVariable("NASCARDFS_WEB_ROW_CYCLES"), CultureInfo.InvariantCulture, out var cycles) && cycles > 0 ? cycles : 17;

    public static async Task<string> RunAsync(int submits = 30, int interactions = 20, int history = 1000, int loads = 10)
    {
        var report = new StringBuilder();
        report.AppendLine("| Measure | median | p90 | max | n | Goal |");
        report.AppendLine("|---|---:|---:|---:|---:|---:|");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        if (Measures.Contains("submit"))
        {
            report.AppendLine(Row("Submit (fetch POST /api/jobs in the page) → row visible as queued on /jobs", await SubmitToRowAsync(browser, submits), "≤ 300 ms"));
        }

        if (Measures.Contains("interactions"))
        {
            var (menu, sort) = await InteractionsAsync(browser, interactions);
            report.AppendLine(Row("Open the status menu on /jobs (click → recent jobs listed), two CPU-heavy jobs running", menu, "≤ 100 ms"));
            report.AppendLine(Row("Sort the Jobs grid by name (click → rows reordered), two CPU-heavy jobs running", sort, "≤ 100 ms"));
        }

        if (Measures.Contains("rowactions"))
        {
            var rows = await RowActionsAsync(browser, RowCycles);
            var all = rows.Cancel.Concat(rows.Rerun).Concat(rows.Delete).ToList();
            report.AppendLine(Row($"Row actions on live /jobs rows, two CPU-heavy jobs running: all {rows.Clicks} clicks (Cancel, Re-run, Delete) → effect", all, "median ≤ 100 ms, p90 ≤ 250 ms"));
            report.AppendLine(Row("  Cancel on a running row → acknowledged (\"Stopping #…\" toast, or the cancelled badge if first)", rows.Cancel, "—"));
            report.AppendLine(Row("  Cancel on a running row → its badge says cancelled (the job has stopped)", rows.Stopped, "—"));
            report.AppendLine(Row("  Re-run on the cancelled row → the new job's row appears", rows.Rerun, "—"));
            report.AppendLine(Row("  Delete on the row → the confirmation opens", rows.Delete, "—"));
            report.AppendLine(Row("  Yes in the confirmation → the row is gone", rows.Confirmed, "—"));
            report.AppendLine($"| Lost clicks (no effect within 10 s, or not confirmed by the API) | {rows.Lost.Count} of {rows.Clicks + rows.Confirmed.Count} | | | | 0 |");
            foreach (var lost in rows.Lost) report.AppendLine($"|   lost: {lost} | | | | | |");
        }

        if (Measures.Contains("load"))
        {
            var page = await PageLoadAsync(browser, history, loads);
            report.AppendLine(Row($"/jobs with {history:N0} jobs in history: navigation → load event (prerendered rows shown), around the navigation", page.Prerendered, "≤ 1 s"));
            report.AppendLine(Row($"/jobs with {history:N0} jobs in history: navigation start → interactive marker (circuit up), in the page", page.Marker, "—"));
            report.AppendLine(Row($"/jobs with {history:N0} jobs in history: navigation start → interactive with 25 live rows, in the page", page.Rows, "≤ 1 s"));
            report.AppendLine(Row($"/jobs with {history:N0} jobs in history: interactive with rows, around the navigation (Playwright round trips included)", page.AroundNavigation, "—"));
        }

        return report.ToString();
    }

    private static async Task<List<double>> SubmitToRowAsync(IBrowser browser, int count)
    {
        await using var server = await Server.StartAsync(concurrency: 2);
        using var http = server.Http();
        for (var i = 0; i < 2; i++) await SubmitAsync(http, "diagnostic.sleep", $"blocker {i}", new { seconds = 600 });
        var page = await OpenAsync(browser, server.Url + "/jobs");
        var times = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var action = $$"""const r = await fetch('/api/jobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ kind: 'diagnostic.sleep', name: 'probe {{i}}', config: { seconds: 1 } }) }); return (await r.json()).id;""";
            times.Add(await page.EvaluateAsync<double>(Timed, new[] { action, "window.__result && document.querySelector(`[data-job-state-of=\"${window.__result}\"] [data-state=\"queued\"]`)" }));
        }

        return times;
    }

    private static async Task<(List<double> Menu, List<double> Sort)> InteractionsAsync(IBrowser browser, int count)
    {
        await using var server = await Server.StartAsync(concurrency: 2);
        using var http = server.Http();
        // Heavy jobs: each keeps a core busy for many seconds; the queue keeps two running.
        // Submitted out of name order, so newest first ("heavy 4"), by name ascending ("heavy 0") and descending
        // ("heavy 9") each put a different job on top.
        foreach (var i in new[] { 3, 0, 9, 1, 8, 2, 7, 5, 6, 4 })
        {
            await server.CliAsync([.. Heavy, "--name", $"heavy {i}"]);
        }

        var page = await OpenAsync(browser, server.Url + "/jobs");
        var menu = new List<double>();
        var sort = new List<double>();
        for (var i = 0; i < count; i++)
        {
            await UntilTwoRunningAsync(http);
            menu.Add(await page.EvaluateAsync<double>(Timed, new[]
            {
                "document.querySelector('[data-testid=status-indicator] button').click();",
                "document.querySelector('[data-testid=status-menu-job]')",
            }));
            await page.Mouse.ClickAsync(700, 880); // the menu's overlay: closes it
            await page.Locator("[data-testid=status-menu-job]").First.WaitForAsync(new() { State = WaitForSelectorState.Detached });

            await UntilTwoRunningAsync(http);
            // Each click flips ascending ↔ descending, so the top row changes every time.
            var expected = (i % 2) == 0 ? "heavy 0" : "heavy 9";
            sort.Add(await page.EvaluateAsync<double>(Timed, new[]
            {
                "[...document.querySelectorAll('th')].find(th => th.innerText.trim().startsWith('Name')).querySelector('.sortable-column-header').click();",
                $"document.querySelector('[data-testid=job-name]')?.innerText === '{expected}'",
            }));
        }

        return (menu, sort);
    }

    // Arms a timer in the page: from the next pointerdown (the real mouse click Playwright makes) to the first moment the
    // condition holds in the DOM; window.__timing resolves with the ms, or -1 after 10 s (the click is then counted lost).
    // window.__final does the same for a second, later condition (a cancelled job's badge), from the same pointerdown.
    private const string Arm = """
        ([condition, final]) => {
          const wait = (text, since) => {
            const holds = new Function('return (' + text + ')');
            return new Promise(resolve => {
              const check = () => { if (since() !== null && holds()) { o.disconnect(); clearTimeout(timer); resolve(performance.now() - since()); } };
              const o = new MutationObserver(check);
              o.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
              const timer = setTimeout(() => { o.disconnect(); resolve(-1); }, 10000);
            });
          };
          let t0 = null;
          document.addEventListener('pointerdown', () => { t0 = performance.now(); }, { capture: true, once: true });
          window.__timing = wait(condition, () => t0);
          window.__final = final ? wait(final, () => t0) : Promise.resolve(-1);
        }
        """;

    /// <summary>Click → effect times of the row actions on the live Jobs grid, and the clicks that never acted.</summary>
    private sealed record RowActions(List<double> Cancel, List<double> Stopped, List<double> Rerun, List<double> Delete, List<double> Confirmed, List<string> Lost)
    {
        public int Clicks => Cancel.Count + Rerun.Count + Delete.Count + Lost.Count;
    }

    // Issue 13 "How good": Cancel, Re-run and Delete clicked on live rows of /jobs while two CPU-heavy optimize jobs run.
    // Each cycle: a running sleep job's Cancel (effect: the row's badge says cancelled), Re-run on that row (effect: the
    // new job's row appears), Delete on it (effect: the confirmation opens; then Yes → the row is gone). The re-run is the
    // next cycle's running row. Clicks are Playwright's real mouse clicks on the button; the time runs in the page from
    // pointerdown to the DOM change. A click whose effect does not show within 10 s, or that the API does not confirm, is lost.
    private static async Task<RowActions> RowActionsAsync(IBrowser browser, int cycles)
    {
        await using var server = await Server.StartAsync(concurrency: 4);
        using var http = server.Http();
        var heavy = 0;
        async Task KeepTwoHeavyAsync()
        {
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (true)
            {
                var jobs = (await http.GetFromJsonAsync<JsonElement>("/api/jobs?limit=1000")).EnumerateArray().Where(j => j.GetProperty("kind").GetString() == "optimize").ToList();
                if (jobs.Count(j => j.GetProperty("state").GetString() == "running") >= 2) return;
                var busy = jobs.Count(j => j.GetProperty("state").GetString() is "running" or "queued");
                for (; busy < 2; busy++) await server.CliAsync([.. Heavy, "--name", $"heavy {heavy++}"]);
                if (DateTime.UtcNow > deadline) throw new TimeoutException("two heavy jobs never ran at once");
                await Task.Delay(50);
            }
        }

        async Task<string> StateAsync(string id) => (await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("state").GetString()!;
        async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
        {
            for (var deadline = DateTime.UtcNow.AddSeconds(10); DateTime.UtcNow < deadline; await Task.Delay(100))
            {
                if (await condition()) return true;
            }

            return false;
        }

        await KeepTwoHeavyAsync();
        var response = await http.PostAsJsonAsync("/api/jobs", new { kind = "diagnostic.sleep", name = "live row", config = new { seconds = 300 } });
        var target = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var page = await OpenAsync(browser, server.Url + "/jobs");
        var result = new RowActions([], [], [], [], [], []);
        for (var cycle = 0; cycle < cycles; cycle++)
        {
            await KeepTwoHeavyAsync();
            var badge = $"[data-job-state-of=\"{target}\"] [data-state]";
            await page.Locator($"{badge}[data-state=running]").WaitForAsync(new() { Timeout = 60_000 });

            // Cancel on the running row.
            // Its effect: the acknowledgement ("Stopping #…" toast) or the cancelled badge, whichever shows first.
            var cancelled = $"document.querySelector('{badge}')?.getAttribute('data-state') === 'cancelled'";
            await page.EvaluateAsync(Arm, new[] { $"[...document.querySelectorAll('.mud-snackbar')].some(e => /(Stopping|Cancelled) #{target}/.test(e.innerText)) || {cancelled}", cancelled });
            await page.GetByRole(AriaRole.Button, new() { Name = $"Cancel #{target}", Exact = true }).ClickAsync();
            var ms = await page.EvaluateAsync<double>("() => window.__timing");
            var final = await page.EvaluateAsync<double>("() => window.__final");
            if (ms >= 0 && final >= 0 && await StateAsync(target) == "cancelled")
            {
                result.Cancel.Add(ms);
                result.Stopped.Add(final);
            }
            else
            {
                result.Lost.Add($"cancel #{target}");
                if (!await EventuallyAsync(async () => await StateAsync(target) == "cancelled")) await http.PostAsync($"/api/jobs/{target}/cancel", null);
            }

            // Re-run on the cancelled row: a new row appears.
            var before = (await page.Locator("[data-job-id]").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-job-id'))")).ToHashSet();
            var known = JsonSerializer.Serialize(before);
            await page.EvaluateAsync(Arm, new[] { $"[...document.querySelectorAll('[data-job-id]')].some(e => !{known}.includes(e.getAttribute('data-job-id')))", "" });
            await page.GetByRole(AriaRole.Button, new() { Name = $"Re-run #{target}", Exact = true }).ClickAsync();
            ms = await page.EvaluateAsync<double>("() => window.__timing");
            var rerun = (await http.GetFromJsonAsync<JsonElement>("/api/jobs?limit=1000")).EnumerateArray()
                .FirstOrDefault(j => j.TryGetProperty("rerunOf", out var of) && of.ValueKind == JsonValueKind.String && of.GetString() == target);
            if (ms >= 0 && rerun.ValueKind == JsonValueKind.Object) result.Rerun.Add(ms);
            else result.Lost.Add($"re-run #{target}");
            var next = rerun.ValueKind == JsonValueKind.Object ? rerun.GetProperty("id").GetString()! : await ResubmitAsync(http);

            // Delete on the cancelled row: the confirmation opens; Yes removes the row.
            await page.EvaluateAsync(Arm, new[] { "document.querySelector('[data-testid=confirm-yes]')", "" });
            await page.GetByRole(AriaRole.Button, new() { Name = $"Delete #{target}", Exact = true }).ClickAsync();
            ms = await page.EvaluateAsync<double>("() => window.__timing");
            if (ms >= 0)
            {
                result.Delete.Add(ms);
                await page.EvaluateAsync(Arm, new[] { $"!document.querySelector('[data-job-id=\"{target}\"]')", "" });
                await page.GetByTestId("confirm-yes").ClickAsync();
                ms = await page.EvaluateAsync<double>("() => window.__timing");
                if (ms >= 0 && (await http.GetAsync($"/api/jobs/{target}")).StatusCode == System.Net.HttpStatusCode.NotFound) result.Confirmed.Add(ms);
                else result.Lost.Add($"delete (confirm) #{target}");
            }
            else
            {
                result.Lost.Add($"delete #{target}");
                await http.DeleteAsync($"/api/jobs/{target}");
            }

            target = next;
        }

        return result;
    }

    private static async Task<string> ResubmitAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/jobs", new { kind = "diagnostic.sleep", name = "live row", config = new { seconds = 300 } });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    // In the page, from navigation start (performance.now()): when the layout's interactive marker appears, and the
    // first moment from then on with the grid's 25 rows in the DOM.
    private const string InPageReady = """
        window.__ready = {};
        document.addEventListener('DOMContentLoaded', () => {
          const check = () => {
            const r = window.__ready;
            if (r.marker === undefined && document.querySelector('[data-testid=interactive]')) r.marker = performance.now();
            if (r.marker !== undefined && r.rows === undefined && document.querySelectorAll('[data-testid=job-name]').length === 25) r.rows = performance.now();
            return r.rows !== undefined;
          };
          const o = new MutationObserver(() => { if (check()) o.disconnect(); });
          o.observe(document.body, { subtree: true, childList: true, attributes: true });
        });
        """;

    private static async Task<PageLoads> PageLoadAsync(IBrowser browser, int history, int loads)
    {
        await using var server = await Server.StartAsync(concurrency: 2);
        using var http = server.Http();
        await Parallel.ForAsync(0, history, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => await SubmitAsync(http, "diagnostic.sleep", $"history {i}", new { seconds = 0 }));
        while ((await http.GetFromJsonAsync<JsonElement>("/api/status")).GetProperty("active").GetInt32() > 0) await Task.Delay(200);
        var result = new PageLoads([], [], [], []);
        for (var i = 0; i <= loads; i++)
        {
            var context = await browser.NewContextAsync();
            await context.AddInitScriptAsync(InPageReady);
            var page = await context.NewPageAsync();
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(server.Url + "/jobs");
            var loaded = clock.Elapsed.TotalMilliseconds;
            await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
            await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=job-name]').length === 25");
            var ready = clock.Elapsed.TotalMilliseconds;
            await page.WaitForFunctionAsync("() => window.__ready.rows !== undefined");
            var inPage = await page.EvaluateAsync<JsonElement>("() => window.__ready");
            await context.CloseAsync();
            if (i == 0) continue; // the first load warms the server (JIT, pools), as a user's first page after start would
            result.Prerendered.Add(loaded);
            result.Marker.Add(inPage.GetProperty("marker").GetDouble());
            result.Rows.Add(inPage.GetProperty("rows").GetDouble());
            result.AroundNavigation.Add(ready);
        }

        return result;
    }

    /// <summary>Page-load times: the load event and the old end-to-end figure around Playwright's navigation, and the
    /// in-page times from navigation start to the interactive marker and to live rows.</summary>
    private sealed record PageLoads(List<double> Prerendered, List<double> Marker, List<double> Rows, List<double> AroundNavigation);

    private static async Task UntilTwoRunningAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await http.GetFromJsonAsync<JsonElement>("/api/status")).GetProperty("running").GetInt32() < 2)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("two heavy jobs never ran at once");
            await Task.Delay(50);
        }
    }

    private static async Task<IPage> OpenAsync(IBrowser browser, string url)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        await page.GotoAsync(url);
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        return page;
    }

    private static async Task SubmitAsync(HttpClient http, string kind, string name, object config)
    {
        var response = await http.PostAsJsonAsync("/api/jobs", new { kind, name, config });
        response.EnsureSuccessStatusCode();
    }

    private static string Row(string measure, List<double> ms, string goal)
    {
        if (ms.Count == 0) return $"| {measure} | – | – | – | 0 | {goal} |";
        var sorted = ms.Order().ToList();
        string F(double v) => v.ToString("0", CultureInfo.InvariantCulture) + " ms";
        return $"| {measure} | {F(sorted[sorted.Count / 2])} | {F(sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * 0.9) - 1)])} | {F(sorted[^1])} | {sorted.Count} | {goal} |";
    }

    /// <summary>The real app (Release build) on a free loopback port with a temp data folder; disposing stops it.</summary>
    private sealed partial class Server : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly string _folder;
        private readonly StringBuilder _output = new();

        private Server(Process process, string folder)
        {
            _process = process;
            _folder = folder;
        }

        public string Url { get; private set; } = "";

        /// <summary>Runs a CLI verb on the server's data folder (another process, as a user's terminal would).</summary>
        public async Task CliAsync(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(AppDll());
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["NASCARDFS_HOME"] = _folder;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0) throw new InvalidOperationException($"{string.Join(' ', args)} exited {process.ExitCode}: {await output}{await error}");
        }

        public HttpClient Http() => new() { BaseAddress = new Uri(Url), Timeout = TimeSpan.FromSeconds(60) };

        public static async Task<Server> StartAsync(int concurrency)
        {
            var folder = Directory.CreateTempSubdirectory("nascardfs-web-bench-").FullName;
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { AppDll(), "serve", "--no-browser", "--port", "0", "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(arg);
            start.Environment["NASCARDFS_HOME"] = folder;
            start.Environment["NASCARDFS_DIAGNOSTIC_JOBS"] = "1";
            var server = new Server(Process.Start(start)!, folder);
            server._process.OutputDataReceived += (_, e) => server.Append(e.Data);
            server._process.ErrorDataReceived += (_, e) => server.Append(e.Data);
            server._process.BeginOutputReadLine();
            server._process.BeginErrorReadLine();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (UrlPattern().Match(server.Output) is not { Success: true } match)
            {
                if (server._process.HasExited || DateTime.UtcNow > deadline) throw new InvalidOperationException("serve did not start:\n" + server.Output);
                await Task.Delay(50);
            }

            server.Url = UrlPattern().Match(server.Output).Groups[1].Value;
            return server;
        }

        private string Output
        {
            get
            {
                lock (_output) return _output.ToString();
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }

            _process.Dispose();
            Directory.Delete(_folder, recursive: true);
        }

        private void Append(string? line)
        {
            if (line is null) return;
            lock (_output) _output.AppendLine(line);
        }

        // NASCARDFS_APP_DLL, else the Release (then Debug) build of src/NascarDfs.App in this checkout.
        private static string AppDll()
        {
            if (Environment.GetEnvironmentVariable("NASCARDFS_APP_DLL") is { Length: > 0 } dll) return dll;
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NascarDfs.slnx"))) dir = dir.Parent;
            if (dir is null) throw new InvalidOperationException("Run from the checkout, or set NASCARDFS_APP_DLL.");
            return new[] { "Release", "Debug" }.Select(c => Path.Combine(dir.FullName, "src", "NascarDfs.App", "bin", c, "net10.0", "nascar-dfs.dll"))
                .FirstOrDefault(File.Exists) ?? throw new InvalidOperationException("Build the app first: dotnet build -c Release src/NascarDfs.App");
        }

        [GeneratedRegex(@"serving at (http://\S+)")]
        private static partial Regex UrlPattern();
    }
}
