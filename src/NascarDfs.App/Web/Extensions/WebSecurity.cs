namespace NascarDfs.App.Web.Extensions;

/// <summary>
/// The safety rules of SPEC §7 in the pipeline: problem details for errors, the access token when remote access is on
/// (<c>Authorization: Bearer</c>, or the HttpOnly cookie set from <c>?token=</c>), and no cross-origin writes.
/// </summary>
internal static class WebSecurity
{
    public const string TokenCookie = "nascardfs_token";

    public static WebApplication UseNascarDfsSecurity(this WebApplication app, ServeOptions options)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (options.Token is { } token) app.Use((context, next) => AccessToken.CheckAsync(context, next, token));
        app.Use(CrossOriginGuard.CheckAsync);
        return app;
    }
}
