using System.Text;
using System.Text.RegularExpressions;
using NascarDfs.App.Web.Notifications;

namespace NascarDfs.App.Tests.Hardening;

/// <summary>
/// Issue 11 item 11: a job name in a Windows toast cannot break out of the PowerShell script, whatever quote-like
/// character it holds (PowerShell treats U+2018–U+201B as ' and U+201C–U+201E as ").
/// </summary>
public sealed partial class OsNotifierTests
{
    /// <summary>Every character PowerShell gives a meaning in or around a string literal.</summary>
    public static TheoryData<int> QuoteLike() =>
    [
        '\'', '"', '`', '$', ';', '\n', '\r', '\0', '(', ')', '{', '}', '#', '|', '&', '<', '>', '@',
        0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F, 0x2032, 0x2033, 0xFF07, 0xFF02, 0x0085, 0x2028, 0x2029,
    ];

    [Theory]
    [MemberData(nameof(QuoteLike))]
    public void WindowsScript_TextWithAQuoteLikeCharacter_AppearsOnlyAsBase64_AndDecodesBack(int codePoint)
    {
        var quote = char.ConvertFromUtf32(codePoint);
        var title = $"Job{quote}; Remove-Item -Recurse C:\\ ;{quote}";
        var body = $"{quote}$(calc){quote}`\"{quote}";

        var script = OsNotifier.WindowsScript(title, body);

        // Outside its Base64 literals the script is the same whatever the texts: nothing of them reaches PowerShell's parser.
        Assert.Equal(Template().Replace(OsNotifier.WindowsScript("", ""), "B64"), Template().Replace(script, "B64"));
        Assert.All(script, c => Assert.True(c < 128, $"non-ASCII U+{(int)c:X4} in the script"));
        var literals = Template().Matches(script).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal([title, body], literals.Select(l => Encoding.UTF8.GetString(Convert.FromBase64String(l))));
    }

    [Fact]
    public void WindowsArguments_AreAnEncodedCommandOfTheScript_NoTextOnTheCommandLine()
    {
        var title = "Daytona ‘gpp’ ’; calc; ‘";
        var args = OsNotifier.WindowsArguments(title, "done");

        Assert.Equal(["-NoProfile", "-NonInteractive", "-EncodedCommand"], args[..3]);
        Assert.Equal(OsNotifier.WindowsScript(title, "done"), Encoding.Unicode.GetString(Convert.FromBase64String(args[3])));
        Assert.Matches("^[A-Za-z0-9+/=]+$", args[3]);
    }

    [GeneratedRegex(@"FromBase64String\('([A-Za-z0-9+/=]*)'\)")]
    private static partial Regex Template();
}
