using System.Security.Cryptography;

namespace NascarDfs.Jobs;

/// <summary>Short job ids: 8 lowercase letters and digits (36⁸ ≈ 2.8·10¹², so collisions are rare and retried).</summary>
internal static class JobIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>Accepts <c>#abc123</c> as typed from the UI.</summary>
    public static string Normalize(string id) => id.Trim().TrimStart('#').ToLowerInvariant();
}
