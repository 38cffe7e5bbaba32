using System.Text.Json;

namespace NascarDfs.App.Web.Api;

/// <summary>
/// The body of <c>POST /api/jobs</c> (SPEC §9): the handler kind, the job's name and its config object; <c>preferGpu</c>
/// (optional, default false) asks for a worker with a GPU while one is connected (<c>--prefer-gpu</c>).
/// </summary>
internal sealed record JobSubmitRequest(string Kind, string? Name, JsonElement Config, bool PreferGpu = false);
