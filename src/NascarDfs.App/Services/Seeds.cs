using System.Security.Cryptography;

namespace NascarDfs.App.Services;

/// <summary>
/// The one draw of a seed the user did not give. The drawn seed is stored in the job's arguments, so a re-run repeats
/// the same noise and the same simulated races (SPEC §9).
/// </summary>
internal static class Seeds
{
    /// <summary>A fresh seed, 1 to 2³¹−1 (short enough to type back as <c>--seed</c>).</summary>
    public static ulong Draw() => (ulong)RandomNumberGenerator.GetInt32(1, int.MaxValue);

    /// <summary>The given seed, else a fresh one when <paramref name="needed"/>, else 0 (nothing random).</summary>
    public static ulong Resolve(ulong? given, bool needed) => given ?? (needed ? Draw() : 0);
}
