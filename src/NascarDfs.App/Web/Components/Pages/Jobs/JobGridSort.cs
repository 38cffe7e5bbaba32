using MudBlazor;
using NascarDfs.Jobs;

namespace NascarDfs.App.Web.Components.Pages.Jobs;

/// <summary>The Jobs grid's sort header as a store query: the grid sorts on the server, over the whole history.</summary>
public static class JobGridSort
{
    /// <summary>The first sort definition (a column of <see cref="JobSummary"/>, or a path ending in one) as a <see cref="JobSort"/>; none (or an unknown column) is newest first.</summary>
    public static (JobSort Sort, bool Ascending) From<T>(IEnumerable<SortDefinition<T>> definitions)
    {
        var first = definitions.FirstOrDefault();
        if (first is null) return (JobSort.Created, false);
        var column = first.SortBy[(first.SortBy.LastIndexOf('.') + 1)..]; // "Job.Name" from a grid of rows
        var sort = column switch
        {
            nameof(JobSummary.Name) => JobSort.Name,
            nameof(JobSummary.State) => JobSort.State,
            nameof(JobSummary.StartedAt) => JobSort.Duration,
            nameof(JobSummary.Progress) => JobSort.Progress,
            _ => JobSort.Created,
        };
        return (sort, !first.Descending);
    }

    /// <summary>The API's <c>sort</c> names (SPEC §9 lists the columns of the Jobs page).</summary>
    public static bool TryParse(string? name, out JobSort sort)
    {
        sort = JobSort.Created;
        return name is null || Enum.TryParse(name, ignoreCase: true, out sort) && Enum.IsDefined(sort);
    }
}
