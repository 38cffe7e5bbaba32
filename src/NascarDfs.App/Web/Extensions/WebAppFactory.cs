using NascarDfs.App.Services;
using NascarDfs.App.Web.Api;

namespace NascarDfs.App.Web.Extensions;

/// <summary>Builds the web app for <c>serve</c> (eShop WebApp shape: registration and pipeline in extension methods).</summary>
internal static class WebAppFactory
{
    /// <param name="options">The serve options (address, safety).</param>
    /// <param name="jobs">The job engine's parts, opened by the command.</param>
    /// <param name="settings">The user's settings, read by the command (it needed the port first).</param>
    /// <param name="flags">The command's flags, the highest configuration source.</param>
    public static WebApplication Build(ServeOptions options, JobsEnvironment jobs, AppSettings settings, IReadOnlyDictionary<string, string?> flags)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            // Static assets, settings and the app's own files live next to nascar-dfs.dll, wherever it is started from.
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(WebAppFactory).Assembly.GetName().Name,
        });

        // Outside Development the static-web-assets manifest is not read by default, so `dotnet bin/.../nascar-dfs.dll`
        // would serve no _content/MudBlazor files; the call is a no-op for published output, which has real files.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.UseUrls(BindUrl(options));
        if (options.Certificate is { } certificate)
        {
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        }

        builder.Configuration.AddNascarDfsSettings(options.Folder, flags);

        // Set after the user's sources, so it is written into all of them: settings.json cannot widen it.
        builder.Configuration["AllowedHosts"] = AllowedHosts(options);
        builder.Logging.AddNascarDfsLogging(options.Folder);
        builder.AddNascarDfsRequestLimits();
        builder.Services.AddNascarDfsSettings(settings);
        builder.Services.AddSingleton(new ServeFlags(flags));
        builder.Services.AddSingleton<LiveSettings>();
        builder.Services.AddNascarDfsJobs(jobs);
        builder.Services.AddNascarDfsWeb(options);

        var app = builder.Build();
        app.UseNascarDfsSecurity(options);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapNascarDfsApi();
        app.MapRazorComponents<Components.App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static string BindUrl(ServeOptions options)
    {
        var host = options.Host.Contains(':', StringComparison.Ordinal) && !options.Host.StartsWith('[') ? $"[{options.Host}]" : options.Host;
        return $"{options.Scheme}://{host}:{options.Port}";
    }

    // Host filtering (SPEC §7): only the names the server is bound to, so a DNS-rebinding page cannot reach it.
    private static string AllowedHosts(ServeOptions options)
    {
        const string loopback = "localhost;127.0.0.1;[::1]";
        // Any loopback address serves (127.0.0.2 is loopback on Linux); the printed URL names it, so it must be allowed.
        if (options.IsLoopback) return options.Host is "localhost" or "127.0.0.1" or "::1" or "[::1]" ? loopback : $"{options.Host};{loopback}";
        return options.Host is "0.0.0.0" or "::" or "[::]" or "*" ? "*" : $"{options.Host};{loopback}";
    }
}
