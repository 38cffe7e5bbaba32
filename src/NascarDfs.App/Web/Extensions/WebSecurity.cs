using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Features;
using NascarDfs.Domain.Limits;

namespace NascarDfs.App.Web.Extensions;

/// <summary>
/// The safety rules of SPEC §7 in the pipeline: problem details for errors, the access token when remote access is on
/// (<c>Authorization: Bearer</c>, or the HttpOnly cookie set from <c>?token=</c>), no cross-origin writes, and request
/// sizes bounded by <see cref="InputLimits.RequestBodyBytes"/> (413, not a 500, when a body is larger).
/// </summary>
internal static class WebSecurity
{
    public const string TokenCookie = "nascardfs_token";

    /// <summary>The request limits: a body no larger than <see cref="InputLimits.RequestBodyBytes"/>; a request without a host name refused.</summary>
    public static WebApplicationBuilder AddNascarDfsRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = InputLimits.RequestBodyBytes);
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = InputLimits.RequestBodyBytes;
            form.ValueLengthLimit = (int)InputLimits.FileBytes;
        });

        // An empty Host header would reach the pages, which build links from it; refuse it as a bad request.
        builder.Services.Configure<HostFilteringOptions>(hosts => hosts.AllowEmptyHosts = false);
        return builder;
    }

    public static WebApplication UseNascarDfsSecurity(this WebApplication app, ServeOptions options)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusCodeOf });
        app.UseStatusCodePages();
        if (options.Token is { } token) app.Use((context, next) => AccessToken.CheckAsync(context, next, token));
        app.Use(CrossOriginGuard.CheckAsync);
        return app;
    }

    // A body over the limit surfaces while an endpoint reads it (Kestrel's 413, or the multipart reader's limit):
    // the client sent too much, which is its error to fix, not the server's.
    private static int StatusCodeOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        InvalidDataException when exception.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status500InternalServerError,
    };
}
