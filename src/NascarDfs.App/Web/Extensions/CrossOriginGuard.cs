namespace NascarDfs.App.Web.Extensions;

/// <summary>
/// Refuses writes (anything but GET, HEAD, OPTIONS) sent by a page of another origin, so a web page in another tab cannot
/// drive the local server (SPEC §7). Browsers send <c>Origin</c> and <c>Sec-Fetch-Site</c> on such requests; clients that
/// send neither (the CLI, curl) are not browsers acting for another site and pass. Blazor forms add antiforgery on top.
/// The Blazor circuit (<c>/_blazor</c>) and any WebSocket upgrade are writes too, though the upgrade is a GET: a page of
/// another origin that opened the circuit could press every button of the app.
/// </summary>
internal static class CrossOriginGuard
{
    public static async Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        if ((IsSafe(context.Request.Method) && !IsLiveConnection(context)) || IsSameOrigin(context.Request))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Cross-origin request refused",
            detail: "Writes are accepted only from this app's own pages.").ExecuteAsync(context);
    }

    // Blazor Server's hub lives under /_blazor (negotiate, WebSocket, server-sent events, long polling).
    private static bool IsLiveConnection(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest ||
        context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase) ||
        context.Request.Headers.Upgrade.Count > 0;

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    internal static bool IsSameOrigin(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite is "cross-site" or "same-site") return false;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)) return false;
        var own = $"{request.Scheme}://{request.Host.Value}";
        return string.Equals(uri.GetLeftPart(UriPartial.Authority), own, StringComparison.OrdinalIgnoreCase);
    }
}
