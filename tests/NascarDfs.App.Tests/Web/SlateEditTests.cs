using Microsoft.Playwright;

namespace NascarDfs.App.Tests.Web;

/// <summary>
/// Issue 13 defects 5, 6 and 7 in Debian's chromium: Slate table edits refuse bad input at the field with a reason and
/// keep the text; focus stays on the box or field used; the whole drop zone takes a dropped file, highlighted.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class SlateEditTests
{
    private const string Driver = "Kyle Larson";

    [Fact(Timeout = 120_000)]
    public async Task BadNumbers_RefusedAtTheField_WithAReason_TextKept_NothingSaved()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        var page = await browser.OpenAsync(server.Url + "/slate");
        await page.GetByTestId("load-sample").ClickAsync();
        var projection = page.GetByLabel($"Projection of {Driver}", new() { Exact = true });
        var original = await projection.InputValueAsync();

        (string Label, string Text, string Reason)[] cases =
        [
            ($"Projection of {Driver}", "45,5", "use a dot"),
            ($"Projection of {Driver}", "abc", "is not a number"),
            ($"Projection of {Driver}", "-5", "0 or more"),
            ($"Ownership of {Driver}", "150", "from 0 to 100"),
        ];
        foreach (var (label, text, reason) in cases)
        {
            var field = page.GetByLabel(label, new() { Exact = true });
            await field.FillAsync(text);
            await field.PressAsync("Tab");
            await Assertions.Expect(FieldOf(page, label)).ToContainTextAsync(reason);
            await Assertions.Expect(field).ToHaveValueAsync(text);
            await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        }

        // Min 60 is fine; max 20 under it is refused with the reason, and the min stays.
        var min = page.GetByLabel($"Min exposure of {Driver}", new() { Exact = true });
        await min.FillAsync("60");
        await min.PressAsync("Tab");
        var max = page.GetByLabel($"Max exposure of {Driver}", new() { Exact = true });
        await max.FillAsync("20");
        await max.PressAsync("Tab");
        await Assertions.Expect(FieldOf(page, $"Max exposure of {Driver}")).ToContainTextAsync("below this driver's Min % 60");
        await Assertions.Expect(max).ToHaveValueAsync("20");

        // A good value is saved; after a reload the refused ones never were.
        var stdDev = page.GetByLabel($"StdDev of {Driver}", new() { Exact = true });
        await stdDev.FillAsync("7.5");
        await stdDev.PressAsync("Tab");
        await Assertions.Expect(FieldOf(page, $"StdDev of {Driver}")).Not.ToContainTextAsync("not");
        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel($"Projection of {Driver}", new() { Exact = true })).ToHaveValueAsync(original);
        await Assertions.Expect(page.GetByLabel($"StdDev of {Driver}", new() { Exact = true })).ToHaveValueAsync("7.5");
        await Assertions.Expect(page.GetByLabel($"Min exposure of {Driver}", new() { Exact = true })).ToHaveValueAsync("60");
        await Assertions.Expect(page.GetByLabel($"Max exposure of {Driver}", new() { Exact = true })).ToHaveValueAsync("");
        await Assertions.Expect(page.GetByLabel($"Ownership of {Driver}", new() { Exact = true })).Not.ToHaveValueAsync("150");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 120_000)]
    public async Task SpaceOnABox_EnterInAField_KeepFocus_TitleHasNoFocusBox()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        var page = await browser.OpenAsync(server.Url + "/slate");
        var outline = await page.EvaluateAsync<string>("() => { const h = document.querySelector('h1'); return document.activeElement === h ? getComputedStyle(h).outlineStyle : 'none'; }");
        Assert.Equal("none", outline);
        await page.GetByTestId("load-sample").ClickAsync();

        foreach (var label in new[] { $"Lock {Driver}", $"Exclude {Driver}", $"{Driver} is out" })
        {
            var box = page.GetByLabel(label, new() { Exact = true });
            await box.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(box).ToBeCheckedAsync();
            await Assertions.Expect(box).ToBeFocusedAsync();
        }

        var projection = page.GetByLabel($"Projection of {Driver}", new() { Exact = true });
        await projection.FillAsync("33.5");
        await projection.PressAsync("Enter");
        await Assertions.Expect(projection).ToBeFocusedAsync();
        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        await Assertions.Expect(page.GetByLabel($"Projection of {Driver}", new() { Exact = true })).ToHaveValueAsync("33.5");
        browser.FailureShots = false;
    }

    [Fact(Timeout = 120_000)]
    public async Task FileDroppedAnywhereOnTheZone_IsImported_WithADragOverHighlight()
    {
        using var folder = new TempFolder();
        await using var server = await ServerProcess.StartAsync(folder.Path);
        await using var browser = await Browser.LaunchAsync();
        browser.FailureShots = true;
        var page = await browser.OpenAsync(server.Url + "/slate");
        var csv = await File.ReadAllTextAsync(SampleSalaryFile());
        var zone = page.GetByTestId("salary-drop");

        // Events on the zone's caption (not the native input): dragenter highlights, drop imports.
        await page.EvaluateAsync("""
            csv => {
              window.__drop = new DataTransfer();
              window.__drop.items.add(new File([csv], 'dropped.DKSalaries.csv', { type: 'text/csv' }));
              const caption = document.querySelector('[data-testid=salary-drop] span');
              caption.dispatchEvent(new DragEvent('dragenter', { dataTransfer: window.__drop, bubbles: true, cancelable: true }));
              caption.dispatchEvent(new DragEvent('dragover', { dataTransfer: window.__drop, bubbles: true, cancelable: true }));
            }
            """, csv);
        await Assertions.Expect(zone).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("drag-over"));
        await page.EvaluateAsync("""
            () => document.querySelector('[data-testid=salary-drop] span')
              .dispatchEvent(new DragEvent('drop', { dataTransfer: window.__drop, bubbles: true, cancelable: true }))
            """);
        await Assertions.Expect(page.GetByTestId("slate-summary")).ToContainTextAsync("drivers");
        await Assertions.Expect(zone).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("drag-over"));
        browser.FailureShots = false;
    }

    // The MudTextField around the input (its helper text carries the reason).
    private static ILocator FieldOf(IPage page, string label) =>
        page.Locator(".mud-input-control", new() { Has = page.GetByLabel(label, new() { Exact = true }) });

    private static string SampleSalaryFile()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NascarDfs.slnx"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("No NascarDfs.slnx above the test folder."), "src", "NascarDfs.App", "Samples", "sample.DKSalaries.csv");
    }
}
