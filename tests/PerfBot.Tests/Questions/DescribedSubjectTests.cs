using PerfBot.Indicators;
using PerfBot.Questions;

namespace PerfBot.Tests.Questions;

/// <summary>
/// A subject described rather than named (what the store says of an indicator as weaker evidence than its names),
/// "what's happening with…", "going up or down", and meetings and agenda items found by what they took: phrasings of our
/// own, none taken from the question sets.
/// </summary>
public sealed class DescribedSubjectTests(IndependentSetStore store) : IClassFixture<IndependentSetStore>
{
    private static Indicator Indicator(long id, string code, string name, string? polarityReason) =>
        new(id, code, name, "Children's Services", "number", Frequency.Quarterly, Polarity.LowerIsBetter, polarityReason, null, null, [], []);

    private static QuestionIndex Index(string? reason) => new(new QuestionCatalogue(
        [
            Indicator(1, "iss", "Independent special school places", reason),
            Indicator(2, "tribunals", "Special needs tribunals", null),
            Indicator(3, "bins", "Missed bin collections", null),
        ], [], [], []), new DateOnly(2025, 10, 1));

    [Fact]
    public void Words_only_an_indicators_description_holds_name_it_when_no_name_explains_the_question()
    {
        const string question = "how many children are in mainstream or maintained schools?";

        var described = QuestionReader.Read(question, Index("The aim is more children in mainstream or maintained schools"));
        var undescribed = QuestionReader.Read(question, Index(null));

        Assert.Equal("iss", described.Chosen?.Code);
        Assert.Contains(described.Notes, n => n.Contains("what the store says of it", StringComparison.Ordinal));
        Assert.Null(undescribed.Chosen);
    }

    [Fact]
    public void A_description_counts_for_less_than_a_name_so_its_words_alone_name_nothing()
    {
        var understood = QuestionReader.Read("how many children are in mainstream education?", Index("The aim is more children in mainstream or maintained schools"));

        Assert.Null(understood.Chosen);
        Assert.Empty(understood.DidYouMean);
    }

    [Fact]
    public void A_subject_not_held_is_said_so_with_the_nearest_named_even_when_that_one_differs_only_on_not()
    {
        // No indicator is about care leavers: the nearest says "not in education…", and the question is not offered it.
        var answer = store.Service.Ask("how many care leavers are in employment or training?");

        Assert.Equal("unknown", answer.IntentName);
        Assert.Empty(answer.Indicators);
        Assert.Contains("nearest it holds is 'Percentage of 16 and 17 year olds not in education, employment or training'", AnswerText.Render(answer), StringComparison.Ordinal);
        // Said of those the indicator is about, the doubt on "not" is asked back as before.
        var offered = store.Service.Understand("16 and 17 year olds in education, employment or training");
        Assert.Equal("neet-16-17", offered.DidYouMean.FirstOrDefault()?.Code);
        Assert.Null(offered.Nearest);
    }

    [Fact]
    public void What_is_happening_with_a_subject_asks_how_it_stands_and_on_its_own_still_asks_why()
    {
        Assert.Equal(Intent.Status, store.Service.Understand("what's happening with foster carers at the moment").Intent);
        Assert.Equal(Intent.Why, store.Service.Understand("foster carers are down, what's happening?").Intent);
    }

    [Fact]
    public void Going_up_or_down_asks_the_trend_and_up_or_down_on_last_year_compares()
    {
        Assert.Equal(Intent.Trend, store.Service.Understand("are foster carer numbers going up or down?").Intent);
        Assert.Equal(Intent.Compare, store.Service.Understand("are foster carers up or down on last year?").Intent);
    }

    [Fact]
    public void The_committee_asked_when_in_the_past_tense_is_the_last_meeting_that_fits()
    {
        var answer = store.Service.Ask("when did committee consider the quarter 1 report?");

        Assert.Equal("meeting", answer.IntentName);
        Assert.Contains("17 November 2025", AnswerText.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void An_agenda_item_named_among_a_word_another_item_uses_is_found_with_its_meeting()
    {
        // "Item" is in another item's detail ("identify items for deep dives"): the treatment centres update is meant.
        var answer = store.Service.Ask("when is the treatment centres item coming to committee?");

        Assert.Equal("forward_plan", answer.IntentName);
        var text = AnswerText.Render(answer);
        Assert.Contains("Treatment Centres", text, StringComparison.Ordinal);
        Assert.Contains("14 March 2022", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Performance Scrutiny", text, StringComparison.Ordinal);
    }
}
