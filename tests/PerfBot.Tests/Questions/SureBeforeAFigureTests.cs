using PerfBot.Questions;

namespace PerfBot.Tests.Questions;

/// <summary>
/// A figure only for what was asked: words that say how, not what, name no subject though a name uses one; "the two"
/// are the last two talked about; the report's own words and "when's" do not make a question about an indicator; a
/// service area said in full is that area alone; a filter said of the indicator just shown asks about it; "which of
/// those are in …" and "which are amber?" right after a list keep to that list; a list after preparing for a meeting
/// is of the latest report; a topic keeps to names saying its phrase. Phrasings of our own on the demo store, none
/// taken from the question sets.
/// </summary>
public sealed class SureBeforeAFigureTests(DemoStore store) : IClassFixture<DemoStore>
{
    private Understanding Read(string question) => store.Service.Understand(question);

    private IReadOnlyList<Answer> Converse(params string[] turns) => store.Service.Converse(turns, DemoStore.Today);

    private static string[] Codes(Answer answer) => [.. answer.Indicators.Select(i => i.Code)];

    [Fact]
    public void A_follow_up_of_words_that_say_how_stays_on_the_indicator_just_shown_though_a_name_uses_one()
    {
        // "still" is a word of "still at home after reablement", "more" of "placed more than 20 miles away".
        var answers = Converse("foster carers", "why is it still so low?", "what's the plan to get more?");
        Assert.Equal(Intent.Why, answers[1].Understanding.Intent);
        Assert.Equal(["foster-carers-active"], Codes(answers[1]));
        Assert.Equal(["foster-carers-active"], Codes(answers[2]));
    }

    [Fact]
    public void Words_that_say_how_with_nothing_before_them_are_asked_about_not_answered_with_a_figure()
    {
        var u = Read("what can be done to get more?");
        Assert.Equal(Intent.Clarify, u.Intent);
        Assert.Null(u.Chosen);
    }

    [Fact]
    public void The_two_standing_alone_are_the_last_two_indicators_talked_about()
    {
        var answers = Converse("children placed over 20 miles away", "and placed outside Dorset?", "put the two side by side");
        var last = answers[2].Understanding;
        Assert.Equal(Intent.Compare, last.Intent);
        Assert.Equal(["cic-placed-over-20-miles", "lac-placed-out-of-area"], new[] { last.Chosen?.Code, last.Compared?.Code }.Order());
    }

    [Fact]
    public void The_report_is_no_word_of_an_indicators_name()
    {
        // "Reported domestic abuse incidents" holds the word; the 2020 report is what the question is about.
        var u = Read("what was amber in the 2020 report");
        Assert.Equal(Intent.List, u.Intent);
        Assert.Empty(u.Topic);
        Assert.Null(u.Chosen);
    }

    [Fact]
    public void The_most_recent_report_is_the_latest_report_held()
    {
        var u = Read("anything amber in the most recent report?");
        Assert.Equal(Intent.List, u.Intent);
        Assert.True(u.Current);
    }

    [Theory]
    [InlineData("when's the risk update due?", Intent.ForwardPlan)]
    [InlineData("when's the next people and health scrutiny?", Intent.Meeting)]
    public void Whens_asks_when_as_when_does(string question, Intent intent)
    {
        var u = Read(question);
        Assert.Equal(intent, u.Intent);
        Assert.Null(u.Chosen);
        Assert.Empty(u.Topic);
    }

    [Fact]
    public void A_service_areas_name_said_in_full_is_that_area_not_also_a_shorter_one_its_words_hold()
    {
        Assert.Equal(["Adults & Housing"], Read("amber in adults and housing").ServiceAreas);
        // Said alone, "housing" is still both the area of today's reports and the 2020 report's.
        Assert.Equal(["Adults & Housing", "Housing"], Read("amber in housing").ServiceAreas.Order());
    }

    [Fact]
    public void A_filter_with_no_list_word_after_one_indicators_answer_asks_about_that_indicator()
    {
        var answers = Converse("long term sickness", "improving?");
        Assert.Equal(Intent.Trend, answers[1].Understanding.Intent);
        Assert.Equal(["long-term-sickness-days-per-fte"], Codes(answers[1]));
        // With nothing before it, the same words still ask for the list.
        Assert.Equal(Intent.List, Read("improving?").Intent);
    }

    [Fact]
    public void A_topic_of_words_the_store_says_as_a_phrase_holds_only_indicators_saying_them_together()
    {
        // Care proceedings' names say "child protection cases" in one and "care proceedings" in another.
        var u = Read("children in care please");
        Assert.Equal(Intent.Topic, u.Intent);
        Assert.Contains("cic-rate-per-10k", u.Topic.Select(c => c.Code));
        Assert.DoesNotContain("cp-court-cases-26-weeks", u.Topic.Select(c => c.Code));
        // Words the store never says one after the other ("care act backlogs") are no phrase it holds.
        Assert.Equal(["asc-outstanding-assessments", "asc-overdue-reviews"], Read("care act backlog figures").Topic.Select(c => c.Code).Order());
    }

    [Fact]
    public void A_list_asked_right_after_preparing_for_a_meeting_is_of_the_latest_report_held()
    {
        var answers = Converse("what should I ask about at committee?", "which are red?");
        Assert.Equal(Intent.List, answers[1].Understanding.Intent);
        Assert.True(answers[1].Understanding.Current);
        Assert.True(Assert.IsType<ListAnswer>(answers[1]).OlderLeftOut > 0);
    }

    [Fact]
    public void Which_with_a_filter_right_after_a_list_picks_from_that_list()
    {
        var answers = Converse("how is children's services looking?", "which are amber");
        var shown = Codes(answers[0]);
        var picked = answers[1];
        Assert.Equal(Intent.List, picked.Understanding.Intent);
        Assert.NotEmpty(Codes(picked));
        Assert.All(Codes(picked), code => Assert.Contains(code, shown));
        // Asked with nothing before it, the same words list the whole store's.
        Assert.Contains(store.Service.Ask("which are amber").Indicators, i => !shown.Contains(i.Code));
    }

    [Fact]
    public void Which_of_those_are_in_an_area_keeps_to_the_list_just_shown()
    {
        var answers = Converse("what's amber?", "which of those are in children's services");
        var shown = Codes(answers[0]);
        var narrowed = answers[1];
        Assert.Equal(Intent.List, narrowed.Understanding.Intent);
        Assert.NotEmpty(Codes(narrowed));
        Assert.All(Codes(narrowed), code => Assert.Contains(code, shown));
        Assert.All(narrowed.Indicators, i => Assert.Equal("Children's Services", store.Service.Index.ByCode(i.Code)!.Indicator.ServiceArea));
    }
}
