using PerfBot.Committees;

namespace PerfBot.Tests.Committees;

public class CommitteeNamesTests
{
    private static readonly IReadOnlyList<Committee> Committees =
    [
        new(1, "People and Health Scrutiny Committee", null, null, []),
        new(2, "Place and Resources Scrutiny Committee", null, null, []),
        new(3, "Audit and Governance Committee", null, null, []),
    ];

    [Theory]
    [InlineData("People and Health Scrutiny Committee")]
    [InlineData("people & health scrutiny")]
    [InlineData("People and Health")]
    [InlineData("  PEOPLE  ")]
    [InlineData("health")]
    public void Full_names_and_unambiguous_parts_find_the_committee(string wanted)
    {
        var found = Assert.IsType<CommitteeNames.Found>(CommitteeNames.Resolve(wanted, Committees));
        Assert.Equal(1, found.Committee.Id);
    }

    [Fact]
    public void An_ambiguous_part_lists_the_candidates()
    {
        var resolution = CommitteeNames.Resolve("scrutiny", Committees);
        var ambiguous = Assert.IsType<CommitteeNames.Ambiguous>(resolution);
        Assert.Equal([1L, 2L], ambiguous.Candidates.Select(c => c.Id));
        Assert.Contains("Place and Resources Scrutiny Committee", CommitteeNames.Explain("scrutiny", resolution));
    }

    [Theory]
    [InlineData("Children's Services")]
    [InlineData("")]
    [InlineData("committee")]
    public void An_unknown_name_lists_every_committee(string wanted)
    {
        var resolution = CommitteeNames.Resolve(wanted, Committees);
        Assert.IsType<CommitteeNames.Unknown>(resolution);
        var message = CommitteeNames.Explain(wanted, resolution);
        Assert.All(Committees, c => Assert.Contains(c.Name, message));
    }
}
