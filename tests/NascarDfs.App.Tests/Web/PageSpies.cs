using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace NascarDfs.App.Tests.Web;

/// <summary>Init scripts and helpers the browser tests share: state recording, a Notification spy, API submits.</summary>
internal static class PageSpies
{
    /// <summary>
    /// Records every distinct state each job's badge shows in window.__states[id] (a MutationObserver, so a state shown
    /// between two polls is not missed).
    /// </summary>
    public const string StateRecorder = """
        window.__states = {};
        const __record = () => document.querySelectorAll('[data-job-state-of]').forEach(el => {
          const badge = el.querySelector('[data-state]');
          if (!badge) return;
          const list = (window.__states[el.getAttribute('data-job-state-of')] ||= []);
          const state = badge.getAttribute('data-state');
          if (list.at(-1) !== state) list.push(state);
        });
        new MutationObserver(__record).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
        """;

    /// <summary>
    /// A granted Notification that records instead of showing (window.__notes), and a focus switch: the page has focus
    /// only while window.__focused is true (Playwright otherwise reports every page as focused).
    /// </summary>
    public const string NotificationSpy = """
        window.__notes = [];
        window.__focused = false;
        class SpyNotification {
          static permission = 'granted';
          static requestPermission() { return Promise.resolve('granted'); }
          constructor(title, options) { this.title = title; this.body = options?.body; window.__notes.push(this); }
          close() {}
        }
        window.Notification = SpyNotification;
        document.hasFocus = () => window.__focused === true;
        """;

    /// <summary>Records the ids the page's jobFinished handled in window.__handled (call once the page is interactive, before any job ends).</summary>
    public static Task RecordHandledAsync(IPage page) => page.EvaluateAsync("""
        () => {
          window.__handled = [];
          const original = window.nascarDfs.jobFinished;
          window.nascarDfs.jobFinished = async (...args) => { const r = await original(...args); window.__handled.push(args[0]); return r; };
        }
        """);

    public static ILocator Badge(IPage page, string id) => page.Locator($"[data-job-state-of='{id}'] [data-testid=state-badge]");

    public static async Task<string> SubmitSleepAsync(HttpClient http, string name, double seconds)
    {
        var response = await http.PostAsJsonAsync("/api/jobs", new { kind = "diagnostic.sleep", name, config = new { seconds } });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public static async Task<string> StateAsync(HttpClient http, string id) =>
        (await http.GetFromJsonAsync<JsonElement>($"/api/jobs/{id}")).GetProperty("state").GetString()!;

    public static Task UntilStateAsync(HttpClient http, string id, string state, TimeSpan timeout) =>
        Poll.UntilAsync(async () => await StateAsync(http, id) == state, timeout, $"#{id} to be {state}");
}
