using Microsoft.Playwright;

namespace NascarDfs.App.Tests.Web;

/// <summary>Debian's chromium driven by Playwright (never a downloaded browser), headless, with a spy on the Badging API.</summary>
internal sealed class Browser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    // Records every badge call in window.__badges (the API itself needs an installed app, which headless is not).
    private const string BadgeSpy = """
        window.__badges = [];
        navigator.setAppBadge = n => { window.__badges.push(n); return Promise.resolve(); };
        navigator.clearAppBadge = () => { window.__badges.push(0); return Promise.resolve(); };
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
    }

    public IBrowserContext Context { get; }

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<Browser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath)) throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (.ci/run does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(15_000);
        await context.AddInitScriptAsync(BadgeSpy);
        return new Browser(playwright, browser, context);
    }

    /// <summary>Opens <paramref name="url"/> and waits until the page is interactive (the layout's marker).</summary>
    public async Task<IPage> OpenAsync(string url)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(url);
        await WaitInteractiveAsync(page);
        return page;
    }

    public static Task WaitInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>Set by a test; cleared when it passes. Disposing while set screenshots every open page as failure-N.png.</summary>
    public bool FailureShots { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (FailureShots)
        {
            var n = 0;
            foreach (var page in Context.Pages) await ScreenshotAsync(page, $"failure-{n++}");
        }

        await Context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
