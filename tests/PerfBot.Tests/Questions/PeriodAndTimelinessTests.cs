using PerfBot.Questions;

namespace PerfBot.Tests.Questions;

/// <summary>
/// Two indicators for one subject told apart by the period each holds, and work that is late, delayed or waiting
/// said in members' words through the vocabulary file. Phrasings of our own on the demo store, none from the sets.
/// </summary>
public sealed class PeriodAndTimelinessTests(DemoStore store) : IClassFixture<DemoStore>
{
    private Understanding Read(string question) => store.Service.Understand(question);

    [Theory]
    [InlineData("safeguarding concerns in October 2019", "safeguarding-concerns-period")]
    [InlineData("safeguarding concerns in 2019", "safeguarding-concerns-period")]
    [InlineData("safeguarding concerns for Q2 2025/26", "asc-safeguarding-concerns-month")]
    [InlineData("safeguarding concerns", "asc-safeguarding-concerns-month")]
    public void The_period_asked_for_chooses_between_indicators_the_words_fit_alike(string question, string code)
    {
        var u = Read(question);
        Assert.Equal(code, u.Chosen?.Code);
        Assert.Empty(u.DidYouMean);
    }

    [Fact]
    public void A_period_neither_holds_settles_nothing()
    {
        var u = Read("safeguarding concerns in March 2023");
        Assert.Equal("asc-safeguarding-concerns-month", u.Chosen?.Code);
        Assert.DoesNotContain(u.Notes, n => n.Contains("holds", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("how big is the backlog of assessments?", "asc-outstanding-assessments")]
    [InlineData("are S47s being done late?", "s47-within-10-days")]
    [InlineData("how bad are the delays on EHC plans?", "ehcp-issued-20-weeks")]
    public void Late_delayed_and_waiting_work_is_read_through_the_vocabulary(string question, string code) =>
        Assert.Equal(code, Read(question).Chosen?.Code);

    [Fact]
    public void Two_indicators_offered_under_a_filter_are_asked_about_not_replaced_by_a_list_of_everything_filtered()
    {
        var u = Read("which of overdue reviews or outstanding assessments got worse?");
        Assert.NotEqual(Intent.List, u.Intent);
        Assert.Null(u.Chosen);
        Assert.Equal(["asc-outstanding-assessments", "asc-overdue-reviews"], u.DidYouMean.Select(c => c.Code).Order());
    }
}
