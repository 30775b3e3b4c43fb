using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Questions.Conversing;
using PerfBot.Questions.Reading;

namespace PerfBot.Tests.Questions;

/// <summary>
/// What "rather than" sets aside, an opening that says who asks, "help" as a verb of what a service does, and the plan
/// asked for in reported speech: phrasings of our own, none taken from the question sets.
/// </summary>
public sealed class SetAsideAndAskerTests
{
    private static Indicator Indicator(long id, string code, string name, params string[] aliases) =>
        new(id, code, name, "Adult Care", "%", Frequency.Monthly, Polarity.HigherIsBetter, null, null, null, aliases, []);

    private static readonly QuestionIndex Index = new(new QuestionCatalogue(
        [
            Indicator(1, "in-hospital", "Percentage of patients treated in hospital", "hospital treatment share"),
            Indicator(2, "not-in-hospital", "Percentage of patients not treated in hospital", "treated at home share", "not in hospital"),
            Indicator(3, "bins", "Missed bin collections", "missed bins"),
        ], [new VocabularyEntry("ward", "hospital")], [], []), new DateOnly(2025, 10, 1));

    private static QuestionIndex Licensing(bool withVocabulary) => new(new QuestionCatalogue(
        [
            Indicator(1, "hmo-total", "Total houses in multiple occupation licensed at month end", "licensed houses in multiple occupation", "HMO numbers"),
            Indicator(2, "hmo-complaints", "Complaints about houses in multiple occupation over 28 days", "houses in multiple occupation complaints", "HMO complaints over 28 days"),
            .. new[] { "missed bin collections", "potholes repaired", "fly tipping reports", "library visits", "parking fines", "planning appeals", "noise reports", "streetlight faults" }
                .Select((name, i) => Indicator(10 + i, $"filler-{i}", $"Number of {name}")),
        ], withVocabulary ? [new VocabularyEntry("HMO", "houses in multiple occupation")] : [], [], []), new DateOnly(2025, 10, 1));

    [Fact]
    public void Of_names_the_words_fit_alike_the_one_adding_nothing_telling_is_the_general_measure()
    {
        const string question = "houses in multiple occupation - what is being done?";

        var plain = QuestionReader.Read(question, Licensing(withVocabulary: true));
        // Without the vocabulary, "HMO numbers" says a word the question never does: both are offered.
        var offered = QuestionReader.Read(question, Licensing(withVocabulary: false));

        Assert.Equal("hmo-total", plain.Chosen?.Code);
        Assert.Equal(Intent.Actions, plain.Intent);
        Assert.Null(offered.Chosen);
        Assert.Equal(["hmo-total", "hmo-complaints"], offered.DidYouMean.Select(c => c.Code).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void In_a_conversation_the_one_of_those_fitting_alike_the_last_answer_showed_is_meant_not_the_plainest()
    {
        const string question = "houses in multiple occupation - what is being done?";
        var afterComplaints = new ConversationContext(DateTimeOffset.Parse("2025-10-01T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
            SubjectKind.Indicator, Intent.Status, ["hmo-complaints"], null, false, null, null, null);
        var afterBins = afterComplaints with { Codes = ["filler-0"] };

        Assert.Equal("hmo-complaints", QuestionReader.Read(question, Licensing(withVocabulary: true), ReaderConfig.Default, afterComplaints).Chosen?.Code);
        Assert.Equal("hmo-total", QuestionReader.Read(question, Licensing(withVocabulary: true), ReaderConfig.Default, afterBins).Chosen?.Code);
    }

    [Fact]
    public void A_narrower_word_said_names_the_narrower_measure()
    {
        Assert.Equal("hmo-complaints", QuestionReader.Read("complaints about houses in multiple occupation - what is being done?", Licensing(withVocabulary: true)).Chosen?.Code);
    }

    [Theory]
    [InlineData("what is being done to get more potholes repaired?")]
    [InlineData("what's the plan for cutting parking fines?")]
    public void Asked_what_is_being_done_the_way_a_plan_should_move_the_figure_names_no_indicator(string question)
    {
        var understood = QuestionReader.Read(question, Licensing(withVocabulary: true));

        Assert.Equal(Intent.Actions, understood.Intent);
        Assert.NotNull(understood.Chosen);
        Assert.Equal(1.0, understood.Chosen.QueryCoverage, 2);
    }

    [Fact]
    public void What_rather_than_sets_aside_explains_only_a_name_saying_not_of_it()
    {
        var contrasted = QuestionReader.Read("what share of patients are treated at home instead of on a ward?", Index);

        Assert.Equal("not-in-hospital", contrasted.Chosen?.Code);
        Assert.Contains(contrasted.Notes, n => n.Contains("set aside by the contrast: 'ward'", StringComparison.Ordinal));
        // The set-aside words still explain the name saying "not" of them, and no longer the one they name.
        Assert.Contains(contrasted.Chosen!.MatchedConcepts, m => m.StartsWith("ward", StringComparison.Ordinal));
        Assert.All(contrasted.Candidates.Where(c => c.Code == "in-hospital"), c => Assert.DoesNotContain(c.MatchedConcepts, m => m.StartsWith("ward", StringComparison.Ordinal)));
        // Said without the contrast, the words name the other one.
        Assert.Equal("in-hospital", QuestionReader.Read("what share of patients are treated on a ward?", Index).Chosen?.Code);
    }

    [Fact]
    public void A_word_said_before_the_contrast_too_is_still_asked_about()
    {
        var understood = QuestionReader.Read("patients treated at home share rather than treated in hospital", Index);

        Assert.Equal("not-in-hospital", understood.Chosen?.Code);
        Assert.DoesNotContain(understood.Notes, n => n.Contains("'treated'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("as chair, how are missed bins doing?")]
    [InlineData("As a ward councillor I'd like to know how missed bin collections are going")]
    public void An_opening_saying_who_asks_is_no_part_of_what_is_asked(string question)
    {
        var understood = QuestionReader.Read(question, Index);

        Assert.Equal(Intent.Status, understood.Intent);
        Assert.Equal("bins", understood.Chosen?.Code);
    }

    [Fact]
    public void The_role_asked_about_is_still_the_committee()
    {
        Assert.Equal(Intent.Committee, QuestionReader.Read("who is acting as chair?", Index).Intent);
        Assert.Equal(Intent.Committee, QuestionReader.Read("as chair who is the vice chair?", Index).Intent);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("can you help me?")]
    [InlineData("I need some help please")]
    public void Help_asked_for_is_help(string question) => Assert.Equal(Intent.Help, QuestionReader.Read(question, Index).Intent);

    [Fact]
    public void Help_said_of_what_a_service_does_is_not_a_help_cue()
    {
        var understood = QuestionReader.Read("what is being done to help cut missed bin collections?", Index);

        Assert.Equal(Intent.Actions, understood.Intent);
        Assert.Equal("bins", understood.Chosen?.Code);
    }

    [Theory]
    [InlineData("could you tell me what the plan is for missed bin collections")]
    [InlineData("missed bins - what is the council doing?")]
    public void The_plan_asked_for_in_reported_speech_asks_for_actions(string question)
    {
        var understood = QuestionReader.Read(question, Index);

        Assert.Equal(Intent.Actions, understood.Intent);
        Assert.Equal("bins", understood.Chosen?.Code);
    }
}
