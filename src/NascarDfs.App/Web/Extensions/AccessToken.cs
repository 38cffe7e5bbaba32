using System.Security.Cryptography;
using System.Text;

namespace NascarDfs.App.Web.Extensions;

/// <summary>
/// With <c>--allow-remote</c>, every request carries the token: <c>Authorization: Bearer TOKEN</c> (API clients), or the
/// HttpOnly cookie the page gets once from the URL <c>serve</c> prints (<c>?token=</c>, then redirected without it).
/// </summary>
internal static class AccessToken
{
    public static async Task CheckAsync(HttpContext context, RequestDelegate next, string token)
    {
        var query = context.Request.Query["token"].ToString();
        if (query.Length > 0 && Matches(query, token))
        {
            context.Response.Cookies.Append(WebSecurity.TokenCookie, token, new CookieOptions
            {
                HttpOnly = true,

                // Under --https the browser must never send the token over plain HTTP (issue 11 item 12).
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Strict,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
            context.Response.Redirect(context.Request.PathBase + context.Request.Path);
            return;
        }

        var header = context.Request.Headers.Authorization.ToString();
        var bearer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        var cookie = context.Request.Cookies[WebSecurity.TokenCookie];
        if ((bearer is not null && Matches(bearer, token)) || (cookie is not null && Matches(cookie, token)))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        await Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Access token required",
            detail: "This server allows remote access; open the URL it printed (with ?token=) or send Authorization: Bearer TOKEN.").ExecuteAsync(context);
    }

    private static bool Matches(string given, string token) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token));
}
