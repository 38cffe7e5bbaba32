using System.Text.Json;

namespace NascarDfs.App.Web.Api;

/// <summary>The body of <c>POST /api/jobs</c> (SPEC §9): the handler kind, the job's name and its config object.</summary>
internal sealed record JobSubmitRequest(string Kind, string? Name, JsonElement Config);
