using NascarDfs.App.Web.Slates;
using NascarDfs.Domain.Slates;

namespace NascarDfs.App.Web.Api;

/// <summary><c>/api/slates</c>: upload a salary file (and projections) as a new slate of the library, made current; list the library.</summary>
internal static class SlatesEndpoints
{
    public static RouteGroupBuilder MapSlatesEndpoints(this RouteGroupBuilder api)
    {
        var slates = api.MapGroup("/slates").WithTags("Slates");
        slates.MapGet("/", (CurrentSlateStore store) => Results.Ok(store.Slates.Select(e => store.Get(e.Id) is { } slate ? Summary(slate, store.Current?.Entry.Id) : null).OfType<object>().ToList()))
            .WithSummary("The slate library, newest first ('current' marks the one the pages work on; an empty list before the first import).");

        // Multipart from scripts and the CLI; the Origin check refuses other sites' pages, so no antiforgery token is needed.
        slates.MapPost("/", UploadAsync).DisableAntiforgery()
            .WithSummary("Multipart upload: 'salary' (DraftKings or FanDuel file), optional 'projections'; added to the library as the current slate.");
        return api;
    }

    private static async Task<IResult> UploadAsync(HttpRequest request, CurrentSlateStore store)
    {
        if (!request.HasFormContentType) return ApiEndpoints.BadRequest("Not a file upload", "Send multipart/form-data with a 'salary' file.");
        var form = await request.ReadFormAsync();
        if (form.Files["salary"] is not { } salary) return ApiEndpoints.BadRequest("Missing file", "The upload needs a 'salary' file.");
        try
        {
            using (var reader = new StreamReader(salary.OpenReadStream())) store.ImportSalary(reader, salary.FileName);
            if (form.Files["projections"] is { } projections)
            {
                using var reader = new StreamReader(projections.OpenReadStream());
                store.ImportProjections(reader, projections.FileName);
            }
        }
        catch (InputFileException e)
        {
            return ApiEndpoints.BadRequest("Bad file", e.Message);
        }

        return Results.Created("/api/slates", Summary(store.Current!, store.Current!.Entry.Id));
    }

    private static object Summary(CurrentSlate slate, string? currentId)
    {
        var assembled = slate.Assemble();
        return new
        {
            id = slate.Entry.Id,
            name = slate.Entry.Name,
            current = slate.Entry.Id == currentId,
            raceDate = slate.Entry.RaceDate,
            track = slate.Entry.Track,
            projectionSource = slate.Source.Description,
            site = slate.Salary.Site,
            race = slate.Salary.RaceName,
            salaryFile = slate.Salary.FileName,
            projectionsFile = slate.Projections?.FileName,
            drivers = assembled.Drivers.Length,
            warnings = assembled.Warnings,
        };
    }
}
