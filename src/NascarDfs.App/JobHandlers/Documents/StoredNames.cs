using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Simulation.Gpu;

namespace NascarDfs.App.JobHandlers.Documents;

/// <summary>
/// The stored spellings of the domain enums inside job documents, fixed here so that renaming a domain member never
/// changes the database format (schema v1 wrote them camelCase: <c>draftKings</c>, <c>fileAverage</c>).
/// </summary>
internal static class StoredNames
{
    private static readonly (Site Value, string Name)[] Sites = [(Site.DraftKings, "draftKings"), (Site.FanDuel, "fanDuel")];

    private static readonly (MissingProjectionPolicy Value, string Name)[] Policies =
        [(MissingProjectionPolicy.FileAverage, "fileAverage"), (MissingProjectionPolicy.Zero, "zero"), (MissingProjectionPolicy.Exclude, "exclude")];

    private static readonly (SimulationDevice Value, string Name)[] Devices =
        [(SimulationDevice.Auto, "auto"), (SimulationDevice.Cpu, "cpu"), (SimulationDevice.Gpu, "gpu")];

    /// <summary>"auto", "cpu" or "gpu".</summary>
    public static string Of(SimulationDevice device) => Devices.First(d => d.Value == device).Name;

    /// <summary>Reads a device name (null: auto); <paramref name="field"/> names the flag or field in the sentence.</summary>
    public static SimulationDevice ToDevice(string? name, string field = "device") => name is null ? SimulationDevice.Auto : Find(Devices, name, field);

    public static string Of(Site site) => Sites.First(s => s.Value == site).Name;

    public static Site ToSite(string name) => Find(Sites, name, "slate.site");

    public static string Of(MissingProjectionPolicy policy) => Policies.First(p => p.Value == policy).Name;

    public static MissingProjectionPolicy ToPolicy(string? name) => name is null ? MissingProjectionPolicy.FileAverage : Find(Policies, name, "missingProjection");

    private static T Find<T>((T Value, string Name)[] names, string name, string field)
    {
        foreach (var (value, n) in names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase)) return value;
        }

        throw new ArgumentException($"{field} '{name}' is not one of: {string.Join(", ", names.Select(n => n.Name))}.");
    }
}
