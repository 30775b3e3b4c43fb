using PerfBot.Questions;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Questions;

/// <summary>
/// Topics officers name in the topics file, lists asked of now, questions an agenda item answers better than any
/// indicator, and greetings: phrasings of our own on the demo store, none taken from the question sets.
/// </summary>
public sealed class TopicsAndCurrentTests(DemoStore store) : IClassFixture<DemoStore>
{
    private Answer Ask(string question) => store.Service.Ask(question);

    private static string[] Codes(Answer answer) => [.. answer.Indicators.Select(i => i.Code).Order(StringComparer.Ordinal)];

    [Fact]
    public void A_topic_reaches_indicators_whose_names_never_say_its_word()
    {
        var answer = Ask("homelessness overview");
        Assert.Equal("topic", answer.IntentName);
        Assert.Equal(["bnb-families-over-6-weeks", "bnb-households-month-end", "homelessness-new-cases", "temporary-accommodation-households"], Codes(answer));
    }

    [Fact]
    public void Asked_for_all_a_word_a_service_area_says_of_each_indicator_widens_a_topic_to_those_whose_names_lack_it()
    {
        var answer = Ask("all the adult safeguarding figures");
        Assert.Equal("topic", answer.IntentName);
        // Three are in Adult Care and name no adults; the fourth's own name says it.
        Assert.Equal(["asc-safeguarding-concerns-month", "safeguarding-concerns-period", "safeguarding-felt-listened-to", "safeguarding-felt-safer"], Codes(answer));
        Assert.Equal(["asc-safeguarding-concerns-month"], Codes(Ask("how many adult safeguarding concerns came in?")));
        Assert.Equal(["asc-safeguarding-concerns-month"], Codes(Ask("adult safeguarding concerns")));
    }

    [Fact]
    public void Indicators_the_words_fit_exactly_alike_are_a_topic_unless_one_of_them_is_asked_something()
    {
        var answer = Ask("safeguarding feedback, what have we got");
        Assert.Equal("topic", answer.IntentName);
        Assert.Equal(["safeguarding-felt-listened-to", "safeguarding-felt-safer"], Codes(answer));
        var why = store.Service.Understand("why is safeguarding feedback down?");
        Assert.Equal(Intent.Why, why.Intent);
        Assert.Empty(why.Topic);
        Assert.Equal(["safeguarding-felt-listened-to", "safeguarding-felt-safer"], why.DidYouMean.Select(c => c.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_topic_named_by_another_of_its_names_is_the_same_topic()
    {
        Assert.Equal(Codes(Ask("homelessness overview")), Codes(Ask("homeless overview")));
    }

    [Fact]
    public void Words_naming_one_of_the_topics_indicators_in_full_ask_for_that_one()
    {
        var answer = Ask("homelessness new cases");
        Assert.Equal(["homelessness-new-cases"], Codes(answer));
    }

    [Fact]
    public void Words_the_topic_does_not_cover_leave_the_question_to_the_indicators()
    {
        var u = store.Service.Understand("homelessness and foster carers");
        Assert.DoesNotContain(u.Notes, n => n.Contains("topics file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_topics_file_with_an_empty_covers_cell_or_a_name_used_twice_is_refused_naming_row_and_column()
    {
        using var empty = TempStore.Empty();
        var path = empty.WriteFile("topics.csv", "topic,covers,note\nhousing,homelessness;B&B,\nrough sleeping,,\nHousing;homes,affordable homes,\n");
        var refused = empty.Refuses(path, p => TopicImporter.Import(empty.Database, p));
        var missing = Assert.Single(refused.Problems, p => p.Field == "covers");
        Assert.Equal((3, 1), (missing.Row, missing.Column));
        var twice = Assert.Single(refused.Problems, p => p.Field == "topic");
        Assert.Equal((4, 0, "Housing"), (twice.Row, twice.Column, twice.Value));
        Assert.Contains("row 3, column B", refused.Message);
        Assert.Contains("row 2", twice.Message);
    }

    [Fact]
    public void A_list_asked_of_now_holds_only_the_latest_report_and_says_so()
    {
        var answer = (ListAnswer)Ask("which indicators are red at the moment?");
        Assert.Contains("ehcp-issued-20-weeks", Codes(answer));
        Assert.All(answer.Lines, l => Assert.DoesNotContain("-20", l.Period!, StringComparison.Ordinal));
        Assert.True(answer.OlderLeftOut > 0);
        var text = AnswerText.Render(answer);
        Assert.Contains("latest report held", text);
        Assert.Contains($"Left out: {answer.OlderLeftOut} more", text);
    }

    [Fact]
    public void A_list_naming_a_period_is_of_that_period_even_when_it_is_old()
    {
        var answer = (ListAnswer)Ask("what was red in October 2020?");
        Assert.Contains("asc-joint-funded-packages", Codes(answer));
        Assert.Equal(0, answer.OlderLeftOut);
    }

    [Fact]
    public void A_question_an_agenda_item_says_better_than_any_indicator_is_a_forward_plan_question()
    {
        var answer = Ask("when does the risk update happen?");
        Assert.Equal("forward_plan", answer.IntentName);
        Assert.Empty(answer.Indicators);
        Assert.Contains("Quarter 2 Risk Update", AnswerText.Render(answer));
    }

    [Fact]
    public void A_greeting_is_no_part_of_the_question()
    {
        var plain = store.Service.Understand("how many SEND tribunals are there");
        var greeted = store.Service.Understand("good afternoon - how many SEND tribunals are there");
        Assert.Equal(plain.Chosen?.Code, greeted.Chosen?.Code);
        Assert.Equal(plain.Normalised, greeted.Normalised);
    }

    [Fact]
    public void A_comparing_word_the_indicators_own_name_holds_is_part_of_the_name()
    {
        var u = store.Service.Understand("tribunals against the authority");
        Assert.Equal(Intent.Status, u.Intent);
        Assert.Equal("send-tribunals", u.Chosen?.Code);
    }

    [Fact]
    public void Preparing_on_a_named_subject_is_about_that_subject_alone()
    {
        var answer = Assert.IsType<PrepareAnswer>(Ask("what should I ask about foster carers?"));
        Assert.Equal(["foster-carers-active"], answer.Subject.Select(l => l.Code));
        var text = AnswerText.Render(answer);
        Assert.Contains("Preparing on Number of active foster carers", text);
        Assert.Contains("Source: ", text);
        Assert.Empty(Assert.IsType<PrepareAnswer>(Ask("what should I ask about at the next meeting?")).Subject);
    }

    [Fact]
    public void The_briefs_preparation_narrowed_to_a_subject_keeps_only_its_focus_and_questions()
    {
        var brief = new MeetingPreparation([new("a", "A", "Red"), new("b", "B", "Amber and worsening")], ["Why is A red?", "Is B recovering?", "Any risks?"], "Q2", [])
            { QuestionCodes = ["a", "b", null] };
        var narrowed = brief.Of(new HashSet<string> { "b" });
        Assert.Equal(["b"], narrowed.Focus.Select(f => f.Code));
        Assert.Equal(["Is B recovering?"], narrowed.Questions);
    }
}
