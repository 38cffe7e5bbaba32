using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using MudBlazor.Services;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Web.Notifications;
using NascarDfs.App.Web.Slates;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Runner;

namespace NascarDfs.App.Web.Extensions;

/// <summary>The web app's own services: pages, API, notifications (the job engine is <c>AddNascarDfsJobs</c>).</summary>
internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddNascarDfsWeb(this IServiceCollection services, ServeOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(new CurrentSlateStore(options.Folder));
        services.AddSingleton(new SettingsFile(options.Folder));
        services.AddScoped<Components.Pages.Optimize.OptimizeFormState>();
        services.AddSingleton(sp => new Components.Pages.Lineups.LineupEdits(
            options.Folder.LineupEditsPath, sp.GetRequiredService<ILogger<Components.Pages.Lineups.LineupEdits>>()));
        services.AddSingleton<PageConnections>();
        services.AddScoped<CircuitHandler, PageCircuitHandler>();
        services.AddSingleton<OsNotifier>();
        services.AddSingleton<JobNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<JobNotifier>());
        services.AddHostedService<SlateJobLinker>();

        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.Folder.Root, "keys")));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(mud => Toasts.Configure(mud.SnackbarConfiguration));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            DescribeBadBody(context);
            Api.ApiEndpoints.Explain(context);
        });

        // A body that is not valid JSON (a repeated key, a wrong type) reaches the exception handler, which says why.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json =>
        {
            foreach (var converter in AppJson.Options.Converters) json.SerializerOptions.Converters.Add(converter);
            json.SerializerOptions.AllowDuplicateProperties = AppJson.Options.AllowDuplicateProperties;
        });
        return services;
    }

    /// <summary>A 400 for a body with a repeated key names the key (issue 11 item 10).</summary>
    private static void DescribeBadBody(ProblemDetailsContext context)
    {
        // Other unreadable bodies get ApiEndpoints.Explain's sentence with the expected shape.
        if (context.Exception is BadHttpRequestException { InnerException: System.Text.Json.JsonException json } &&
            json.Message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            context.ProblemDetails.Title = "The body is not valid JSON";
            context.ProblemDetails.Detail = "The body: " + JobHandlers.JsonProblem.Describe(json);
        }
    }
}
