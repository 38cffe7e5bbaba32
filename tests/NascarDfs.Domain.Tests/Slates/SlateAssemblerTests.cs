using System.Collections.Immutable;
using NascarDfs.Domain.Sites;
using NascarDfs.Domain.Slates;
using NascarDfs.Testing;

namespace NascarDfs.Domain.Tests.Slates;

public class SlateAssemblerTests
{
    private static readonly SalaryFile Daytona = SalaryFileReader.Read(TestData.Daytona2019Slate);

    private static ProjectionFile Projections(string text) => ProjectionFileReader.Read(new StringReader(text), "proj.csv");

    [Fact]
    public void Assemble_IdAndNameVariants_MatchTheirDrivers()
    {
        // The file writes "Ricky Stenhouse Jr", "Martin Truex Jr", "Corey Lajoie", "BJ McLeod", "Daniel Suarez".
        var projections = Projections("""
            Id,Name,Projection
            12073091,,50
            ,ricky stenhouse jr.,40
            ,MARTIN TRUEX JR.,39
            ,Corey LaJoie,12
            ,B.J. McLeod,8
            ,Daniel Suárez,30
            12073094,Someone Else,44
            """);

        var slate = SlateAssembler.Assemble(Daytona, projections);

        double Projection(string id) => slate.FindById(id)!.Projection;
        Assert.Equal(50, Projection("12073091"));
        Assert.Equal(40, Projection("12073096"));
        Assert.Equal(39, Projection("12073101"));
        Assert.Equal(12, Projection("12073126"));
        Assert.Equal(8, Projection("12073129"));
        Assert.Equal(30, Projection("12073104"));
        Assert.Equal(44, Projection("12073094")); // the ID wins over a name that matches nobody
        Assert.DoesNotContain(slate.Warnings, w => w.Contains("ignored", StringComparison.Ordinal));
    }

    [Fact]
    public void Assemble_ProjectionRowFields_MapOntoTheDriver()
    {
        var projections = Projections("""
            Name,Projection,Start,StdDev,Ceiling,Ownership,MinExposure,MaxExposure,Lock,Exclude,Out
            Joey Logano,48.5,4,17,95,31%,20,80,yes,,
            Kevin Harvick,45,3,,,,,,,x,
            Denny Hamlin,44,10,,,,,,,,true
            """);

        var slate = SlateAssembler.Assemble(Daytona, projections);

        Assert.Equal(new Driver("12073092", "Joey Logano", 10400, 48.5, 17, 4, 31, 95, 20, 80, Locked: true), slate.FindById("12073092"));
        Assert.True(slate.FindById("12073093")!.Excluded);
        Assert.True(slate.FindById("12073094")!.Out);
        Assert.Equal(Site.DraftKings, slate.Site);
        Assert.Equal("DAYTONA 500", slate.RaceName);
        Assert.Equal(Daytona.Drivers.Select(d => d.Id), slate.Drivers.Select(d => d.Id));
    }

    [Fact]
    public void Assemble_UnmatchedRow_IsReportedWithFileLineAndKey()
    {
        var projections = Projections("Name,Projection\nJoey Logano,40\n\nJeff Gordon,50\n");

        var slate = SlateAssembler.Assemble(Daytona, projections);

        var warning = Assert.Single(slate.Warnings, w => w.Contains("Jeff Gordon", StringComparison.Ordinal));
        Assert.Contains("proj.csv, line 4", warning, StringComparison.Ordinal);
        Assert.Contains("no driver 'Jeff Gordon'", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(slate.Drivers, d => d.Projection == 50);
    }

    [Fact]
    public void Assemble_SecondRowForOneDriver_IsReportedAndIgnored()
    {
        var projections = Projections("Id,Name,Projection\n,Joey Logano,40\n12073092,,10\n");

        var slate = SlateAssembler.Assemble(Daytona, projections);

        Assert.Equal(40, slate.FindById("12073092")!.Projection);
        var warning = Assert.Single(slate.Warnings, w => w.Contains("already matched", StringComparison.Ordinal));
        Assert.Contains("proj.csv, line 3", warning, StringComparison.Ordinal);
        Assert.Contains("Joey Logano (12073092), already matched on line 2", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(MissingProjectionPolicy.FileAverage, 66.26, false, "get the salary file's average")]
    [InlineData(MissingProjectionPolicy.Zero, 0, false, "get 0 points")]
    [InlineData(MissingProjectionPolicy.Exclude, 0, true, "are excluded")]
    public void Assemble_DriversWithoutRow_GetWhatThePolicySaysInOneWarning(MissingProjectionPolicy policy, double harvick, bool excluded, string outcome)
    {
        var rows = string.Join("\n", Daytona.Drivers.Where(d => d.Id is not ("12073093" or "12073132")).Select(d => $"{d.Id},30"));

        var slate = SlateAssembler.Assemble(Daytona, Projections("Id,Projection\n" + rows), policy);

        var kevin = slate.FindById("12073093")!;
        Assert.Equal((harvick, excluded), (kevin.Projection, kevin.Excluded));
        Assert.Equal(excluded, slate.FindById("12073132")!.Excluded);
        var warning = Assert.Single(slate.Warnings);
        Assert.Contains($"2 driver(s) have no projection in proj.csv and {outcome}", warning, StringComparison.Ordinal);
        Assert.Contains("Kevin Harvick", warning, StringComparison.Ordinal);
        Assert.Contains("Ryan Truex", warning, StringComparison.Ordinal);
        if (policy == MissingProjectionPolicy.FileAverage) Assert.Contains("Kevin Harvick (66.26)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_WithoutProjections_UsesFileAveragesAndWarnsAboutMissingOnes()
    {
        var file = new SalaryFile(Site.DraftKings, "x.csv", null,
        [
            new SlateDriver("1", "A", 9000, 31.5),
            new SlateDriver("2", "B", 8000, null),
            new SlateDriver("3", "C", 7000, null, MarkedOut: true),
        ]);

        var slate = SlateAssembler.Assemble(file, null);

        Assert.Equal([31.5, 0, 0], slate.Drivers.Select(d => d.Projection));
        Assert.Equal([false, false, true], slate.Drivers.Select(d => d.Out));
        var warning = Assert.Single(slate.Warnings);
        Assert.Contains("get 0: B", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Assemble_Daytona2019WithoutProjections_HasNoWarnings()
    {
        var slate = SlateAssembler.Assemble(Daytona, null);

        Assert.Empty(slate.Warnings);
        Assert.Equal(39.07, slate.Drivers[0].Projection);
    }

    [Fact]
    public void Assemble_OutColumn_OverridesTheSalaryFileStatus()
    {
        var file = new SalaryFile(Site.DraftKings, "x.csv", null,
            [new SlateDriver("1", "A", 9000, 30, MarkedOut: true), new SlateDriver("2", "B", 8000, 20, MarkedOut: true), new SlateDriver("3", "C", 7000, 10)]);

        var slate = SlateAssembler.Assemble(file, Projections("Name,Projection,Out\nA,30,false\nB,20,\n"));

        Assert.Equal([false, true, false], slate.Drivers.Select(d => d.Out));
        Assert.Contains(slate.Warnings, w => w.Contains("C (10)", StringComparison.Ordinal));
    }

    [Fact]
    public void Assemble_SampleSlate_MatchesEveryProjectionRow()
    {
        var slate = SlateAssembler.Assemble(SalaryFileReader.Read(SampleFiles.Salaries), ProjectionFileReader.Read(SampleFiles.Projections));

        Assert.Empty(slate.Warnings);
        Assert.Equal(38, slate.Drivers.Length);
        Assert.All(slate.Drivers, d => Assert.True(d.Start is not null && d.StdDev is not null && d.Ownership is not null));
        Assert.NotNull(slate.Drivers.Single(d => d.Name == "Daniel Suarez").Start);
    }

    [Theory]
    [InlineData("12073096")]
    [InlineData("Ricky Stenhouse Jr.")]
    [InlineData(" ricky stenhouse ")]
    public void ResolveDriver_IdOrNameVariant_FindsTheDriver(string idOrName)
    {
        var slate = SlateAssembler.Assemble(Daytona, null);

        Assert.Equal("12073096", SlateAssembler.ResolveDriver(slate, idOrName).Id);
    }

    [Fact]
    public void ResolveDriver_Unknown_ThrowsNamingIt()
    {
        var slate = SlateAssembler.Assemble(Daytona, null);

        var error = Assert.Throws<ArgumentException>(() => SlateAssembler.ResolveDriver(slate, "Jeff Gordon"));

        Assert.StartsWith("No driver 'Jeff Gordon' in the slate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveDriver_AmbiguousName_ListsTheCandidates()
    {
        var slate = new Slate(Site.DraftKings, null,
            [new Driver("1", "Kyle Busch", 9000, 40), new Driver("2", "Kyle Busch Jr.", 5000, 10), new Driver("3", "Kurt Busch", 8000, 30)],
            ImmutableArray<string>.Empty);

        var error = Assert.Throws<ArgumentException>(() => SlateAssembler.ResolveDriver(slate, "kyle busch"));

        Assert.Contains("Kyle Busch (1), Kyle Busch Jr. (2)", error.Message, StringComparison.Ordinal);
        Assert.Equal("3", SlateAssembler.ResolveDriver(slate, "Kurt Busch").Id);
    }

    [Fact]
    public void Assemble_AmbiguousProjectionName_IsReportedAndIgnored()
    {
        var file = new SalaryFile(Site.DraftKings, "x.csv", null, [new SlateDriver("1", "Kyle Busch", 9000, 40), new SlateDriver("2", "Kyle Busch Jr", 5000, 10)]);

        var slate = SlateAssembler.Assemble(file, Projections("Name,Projection\nKyle Busch,55\n"));

        Assert.Contains(slate.Warnings, w => w.Contains("proj.csv, line 2: 'Kyle Busch' matches several drivers", StringComparison.Ordinal));
        Assert.Equal([40.0, 10.0], slate.Drivers.Select(d => d.Projection));
    }
}
