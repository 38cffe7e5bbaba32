using FsCheck.Xunit;
using NascarDfs.Domain.Slates;

namespace NascarDfs.Domain.Tests.Slates;

public class DriverNameKeyTests
{
    [Theory]
    [InlineData("Ricky Stenhouse Jr.", "ricky stenhouse jr")]
    [InlineData("Ricky Stenhouse Jr.", "Ricky Stenhouse")]
    [InlineData("Ricky Stenhouse Jr.", "RICKY  STENHOUSE,  JR")]
    [InlineData("Martin Truex Jr", "Martin Truex Jr.")]
    [InlineData("Daniel Suárez", "Daniel Suarez")]
    [InlineData("Dániel Suárez", "DANIEL SUAREZ")]
    [InlineData("DANIEL SUÁREZ", "daniel suarez")]
    [InlineData("Jan Magnussen", "Jan Magnußen")]
    [InlineData("B.J. McLeod", "BJ McLeod")]
    [InlineData("B. J. McLeod", "bj mcleod")]
    [InlineData("Corey LaJoie", "Corey Lajoie")]
    [InlineData("John Hunter Nemechek", "John-Hunter Nemechek")]
    [InlineData("Dale Earnhardt Jr.", "Dale Earnhardt II")]
    [InlineData("Davey Allison III", "Davey Allison Sr.")]
    [InlineData("Shane van Gisbergen", "Shane Van Gisbergen")]
    [InlineData("\tJoey Logano ", "Joey Logano")]
    public void Normalize_VariantsOfOneName_GiveTheSameKey(string a, string b)
    {
        Assert.Equal(DriverNameKey.Normalize(a), DriverNameKey.Normalize(b));
    }

    [Theory]
    [InlineData("Kyle Busch", "Kurt Busch")]
    [InlineData("Austin Dillon", "Ty Dillon")]
    [InlineData("Chase Elliott", "Chase Briscoe")]
    [InlineData("Zane Smith", "Chandler Smith")]
    public void Normalize_DifferentDrivers_GiveDifferentKeys(string a, string b)
    {
        Assert.NotEqual(DriverNameKey.Normalize(a), DriverNameKey.Normalize(b));
    }

    [Fact]
    public void Normalize_SuffixAlone_IsKept()
    {
        // A name that is only a suffix-like word must not become empty and match everything.
        Assert.Equal("jr", DriverNameKey.Normalize("Jr."));
        Assert.Equal("rickystenhouse", DriverNameKey.Normalize("Ricky Stenhouse Jr."));
    }

    [Property]
    public bool Normalize_AnyAsciiName_IgnoresCaseSuffixAndIsIdempotent(string? raw)
    {
        // Map arbitrary generated text onto name-like ASCII: letters, spaces and the punctuation names carry.
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ .-'";
        var name = new string((raw ?? "").Select(c => alphabet[c % alphabet.Length]).ToArray());
        var key = DriverNameKey.Normalize(name);

        return key == DriverNameKey.Normalize(name.ToUpperInvariant())
            && key == DriverNameKey.Normalize(name.ToLowerInvariant())
            && key == DriverNameKey.Normalize(key)
            && (key.Length == 0 || key == DriverNameKey.Normalize(name + " Jr."));
    }
}
