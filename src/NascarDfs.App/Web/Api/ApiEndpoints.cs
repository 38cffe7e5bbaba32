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

    /// <summary>
    /// A 400 the framework wrote before an endpoint ran (a body that is not JSON, a query value of the wrong type) gets a
    /// sentence too: what the request must look like.
    /// </summary>
    public static void Explain(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status != StatusCodes.Status400BadRequest || problem.Detail is not null) return;
        problem.Detail = HttpMethods.IsGet(context.HttpContext.Request.Method)
            ? "A value in the address could not be read: offset and limit are whole numbers (limit 1–1000); state, sort and order are words (see /api/jobs)."
            : "The body could not be read: it must be JSON like {\"kind\": \"optimize\", \"name\": \"…\", \"config\": {…}} (kind and name are text, config an object).";
    }

    public static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such job", detail: $"There is no job #{id.TrimStart('#')}.");

    public static IResult BadRequest(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: JobHandlers.JsonProblem.Plain(detail));

    public static IResult Conflict(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);
}
