using MudBlazor.Services;
using NascarDfs.App.Optimize;
using NascarDfs.App.Services;
using NascarDfs.App.Web.Notifications;
using NascarDfs.App.Web.Slates;
using NascarDfs.Jobs.Maintenance;
using NascarDfs.Jobs.Runner;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;

namespace NascarDfs.App.Web.Extensions;

/// <summary>Every service of the web app: the job engine (runner in-process), pages, API, notifications.</summary>
internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddNascarDfsWeb(this IServiceCollection services, ServeOptions options)
    {
        var settings = WebSettings.Load(options.Folder);
        var pruner = settings.RetentionDays is { } days ? new JobPrunerOptions { Retention = TimeSpan.FromDays(days) } : null;
        services.AddNascarDfsJobs(options.Folder, options.Durable, new JobRunnerOptions { Concurrency = options.Concurrency }, pruner);

        services.AddSingleton(options);
        services.AddSingleton(settings);
        services.AddSingleton(options.Folder);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OptimizeService>();
        services.AddSingleton<NascarDfs.App.Simulate.SimulateService>();
        services.AddSingleton<IJobWorkflow>(sp => sp.GetRequiredService<OptimizeService>());
        services.AddSingleton<IJobWorkflow>(sp => sp.GetRequiredService<NascarDfs.App.Simulate.SimulateService>());
        services.AddSingleton<JobWorkflows>();
        services.AddSingleton(new CurrentSlateStore(options.Folder));
        services.AddSingleton<PageConnections>();
        services.AddScoped<CircuitHandler, PageCircuitHandler>();
        services.AddSingleton<OsNotifier>();
        services.AddSingleton<JobNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<JobNotifier>());

        services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(options.Folder.Root, "keys")));
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(mud => Toasts.Configure(mud.SnackbarConfiguration));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json =>
        {
            foreach (var converter in AppJson.Options.Converters) json.SerializerOptions.Converters.Add(converter);
        });
        return services;
    }
}
