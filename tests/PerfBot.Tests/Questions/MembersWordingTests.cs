using PerfBot.Questions;

namespace PerfBot.Tests.Questions;

/// <summary>
/// The general ways the reader meets members' own wording: word forms, a name said among words no name explains,
/// subjects joined by "and", two set against each other, and follow-ups that finish what was asked back. Phrasings
/// of our own on the demo store, none taken from the question sets.
/// </summary>
public sealed class MembersWordingTests(DemoStore store) : IClassFixture<DemoStore>
{
    private Understanding Read(string question) => store.Service.Understand(question);

    private IReadOnlyList<Answer> Converse(params string[] turns) => store.Service.Converse(turns, DemoStore.Today);

    private static string[] Codes(Answer answer) => [.. answer.Indicators.Select(i => i.Code)];

    [Theory]
    [InlineData("hitting", "hit")]
    [InlineData("excluded", "exclusions")]
    [InlineData("violent", "violence")]
    [InlineData("s47s", "s47")]
    public void Forms_of_one_word_meet_at_one_stem(string word, string other) => Assert.Equal(QuestionText.Stem(other), QuestionText.Stem(word));

    [Fact]
    public void A_modal_verbs_not_negates_the_verb_but_a_direction_keeps_its_not()
    {
        Assert.Equal("why can we reduce it", QuestionText.Normalise("why can't we reduce it"));
        Assert.Equal("which did not move", QuestionText.Normalise("which didn't move"));
    }

    [Fact]
    public void A_name_said_in_full_among_words_no_name_explains_is_taken_when_no_rival_comes_near()
    {
        var u = Read("has the felt listened to number shifted, honestly?");
        Assert.Equal("safeguarding-felt-listened-to", u.Chosen?.Code);
    }

    [Fact]
    public void Subjects_joined_by_and_are_a_topic_of_every_indicator_each_names()
    {
        var u = Read("turnover and sickness please");
        Assert.Equal(Intent.Topic, u.Intent);
        Assert.Equal(["long-term-sickness-days-per-fte", "sickness-days-per-fte", "staff-turnover"], u.Topic.Select(c => c.Code).Order());
    }

    [Fact]
    public void A_name_holding_and_is_not_split_into_two_subjects()
    {
        var u = Read("physical and coercive domestic abuse");
        Assert.Empty(u.Topic);
        Assert.Equal("domestic-abuse-physical-coercive", u.Chosen?.Code);
    }

    [Fact]
    public void Beside_vs_a_side_that_could_be_either_is_the_one_the_other_side_does_not_name()
    {
        var u = Read("long term sickness vs sickness");
        Assert.Equal(Intent.Compare, u.Intent);
        Assert.Equal("long-term-sickness-days-per-fte", u.Chosen?.Code);
        Assert.Equal("sickness-days-per-fte", u.Compared?.Code);
    }

    [Fact]
    public void A_follow_up_asked_back_what_it_is_about_is_answered_when_the_next_question_names_it()
    {
        var answers = Converse("why?", "foster carers");
        Assert.Equal("clarify", answers[0].IntentName);
        Assert.Empty(answers[0].Indicators);
        Assert.Equal("why", answers[1].IntentName);
        Assert.Equal(["foster-carers-active"], Codes(answers[1]));
    }

    [Fact]
    public void What_was_asked_back_holds_for_the_next_question_only()
    {
        var answers = Converse("why?", "grass cutting", "foster carers");
        Assert.Equal("status", answers[2].IntentName);
    }

    [Fact]
    public void Compare_those_two_after_two_answers_sets_the_earlier_beside_the_last()
    {
        var answers = Converse("foster carers", "CIN rate", "compare those two");
        Assert.Equal("compare", answers[2].IntentName);
        Assert.Equal(["foster-carers-active", "cin-rate-per-10k"], Codes(answers[2]));
    }
}
