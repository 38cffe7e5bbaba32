namespace NascarDfs.App.Web.Api;

/// <summary>The HTTP API under <c>/api</c> (SPEC §9): the same services the pages and the CLI call.</summary>
internal static class ApiEndpoints
{
    public static WebApplication MapNascarDfsApi(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapJobsEndpoints();
        api.MapSlatesEndpoints();
        api.MapStatusEndpoints();
        return app;
    }

    /// <summary>A JSON body the app already wrote (JobsJson), returned as is.</summary>
    public static IResult Json(string json, int status = StatusCodes.Status200OK) =>
        Results.Content(json, "application/json", System.Text.Encoding.UTF8, status);

    public static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such job", detail: $"There is no job #{id.TrimStart('#')}.");

    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    public static IResult Conflict(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
