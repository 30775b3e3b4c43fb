using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Questions.Reading;

namespace PerfBot.Tests.Questions;

/// <summary>The reader's stages one at a time, each over the tokens the stages before it leave.</summary>
public class ReaderStageTests
{
    private static readonly ReaderConfig Config = ReaderConfig.Default;

    private static Tokens Words(string question) => Tokens.Of(QuestionText.Normalise(question));

    private static Indicator Indicator(long id, string code, string name, string area, params string[] committees) =>
        new(id, code, name, area, "%", Frequency.Quarterly, Polarity.HigherIsBetter, null, null, null, [], committees);

    /// <summary>A small catalogue by hand: two service areas, one committee, one vocabulary nickname for an area.</summary>
    private static QuestionIndex Index() => new(new QuestionCatalogue(
        [
            Indicator(1, "carers", "Number of foster carers", "Children's Services", "People Scrutiny Committee"),
            Indicator(2, "bins", "Missed bin collections", "Waste and Environment"),
        ],
        [new VocabularyEntry("childrens", "Children's Services")],
        [new Committee(1, "People Scrutiny Committee", null, null, [])],
        []), new DateOnly(2025, 10, 1));

    [Fact]
    public void A_stage_returns_new_tokens_and_leaves_the_ones_it_was_given_as_they_were()
    {
        var tokens = Words("foster carers q2 2025/26");

        var period = PeriodStage.Read(tokens, Config);

        Assert.Equal("Q2 2025/26", period.Period?.Exact?.Label);
        Assert.Equal([false, false, true, true], period.Tokens.Select(t => t.Consumed));
        Assert.All(tokens, t => Assert.False(t.Consumed));
    }

    [Theory]
    [InlineData("foster carers last quarter", PeriodAskKind.Latest, "last quarter")]
    [InlineData("foster carers in sept", PeriodAskKind.MonthOfYear, "sept")]
    [InlineData("foster carers quarter 3", PeriodAskKind.QuarterOfYear, "quarter 3")]
    public void Periods_said_in_words_are_taken_out_whole(string question, PeriodAskKind kind, string written)
    {
        var period = PeriodStage.Read(Words(question), Config);

        Assert.Equal((kind, written), (period.Period!.Kind, period.Period.Written));
        Assert.Equal(["foster", "carers"], period.Tokens.Where(t => !t.Consumed).Select(t => t.Word).Where(w => w != "in"));
    }

    [Fact]
    public void A_longer_cue_is_taken_before_the_words_inside_it()
    {
        var cues = CueStage.Read(Words("what is being done about missed bins"), Config);

        Assert.Equal([Intent.Actions], cues.Cues);
        Assert.Equal(["about", "missed", "bins"], cues.Tokens.Where(t => !t.Consumed).Select(t => t.Word));
        Assert.Single(cues.Notes);
    }

    [Fact]
    public void Filters_take_their_words_and_a_list_word_is_noted_even_when_another_stage_took_it()
    {
        var cues = CueStage.Read(Words("what is being done about red bins getting worse"), Config);

        var filtering = FilterStage.Read(cues.Tokens, Config);

        Assert.Equal(new Filters(Rag.Red, Direction.Worsening, false, ListWord: true), filtering.Filters);
        Assert.Equal(["about", "bins"], filtering.Tokens.Where(t => !t.Consumed).Select(t => t.Word));
    }

    [Fact]
    public void A_service_area_is_marked_as_scope_and_its_words_stay_for_naming_an_indicator()
    {
        var areas = ServiceAreaStage.Read(Words("red in children services"), Index());

        Assert.Equal(["Children's Services"], areas.Areas);
        Assert.Equal(["children", "services"], areas.Tokens.Where(t => t.IsScope).Select(t => t.Word));
        Assert.All(areas.Tokens, t => Assert.False(t.Consumed));
    }

    [Fact]
    public void A_nickname_from_the_vocabulary_names_a_service_area_as_written()
    {
        var areas = ServiceAreaStage.Read(Words("whats amber in childrens"), Index());

        Assert.Equal(["Children's Services"], areas.Areas);
        Assert.Contains(areas.Notes, n => n.Contains("vocabulary 'childrens'", StringComparison.Ordinal));
    }

    [Fact]
    public void Words_all_from_one_area_name_are_that_area_only_when_asked_for_a_list()
    {
        var index = Index();
        var tokens = Words("waste");

        var partial = ServiceAreaStage.ReadPartial(tokens, index, Config);

        Assert.Equal(["Waste and Environment"], partial.Areas);
        Assert.DoesNotContain(partial.Tokens, t => ServiceAreaStage.IsBeyondScope(t, Config));
        Assert.Contains(tokens, t => ServiceAreaStage.IsBeyondScope(t, Config));
    }

    [Fact]
    public void A_committee_is_named_by_the_words_that_set_it_apart()
    {
        var committee = CommitteeStage.Read(Words("next people scrutiny committee"), Index(), committeeCue: true);

        Assert.Equal("People Scrutiny Committee", committee.Committee?.Name);
        Assert.Equal(["people"], committee.Tokens.Where(t => t.IsScope).Select(t => t.Word));
        Assert.Equal(["scrutiny", "committee"], committee.Tokens.Where(t => t.Consumed).Select(t => t.Word));
    }

    [Fact]
    public void The_committee_alone_is_the_only_one_only_for_a_meeting_question()
    {
        Assert.NotNull(CommitteeStage.Read(Words("the committee"), Index(), committeeCue: true).Committee);
        Assert.Null(CommitteeStage.Read(Words("the committee"), Index(), committeeCue: false).Committee);
    }

    [Fact]
    public void A_typo_is_read_as_the_nearest_word_the_store_uses_and_the_concept_says_so()
    {
        var concepts = ConceptStage.Read(Words("fostr carers"), Index(), Config);

        Assert.Equal(["fostr", "carers"], concepts.Concepts.Select(c => c.Label));
        Assert.Equal("foster", concepts.Concepts[0].Alternatives[0].Stems.Single());
        Assert.Contains(concepts.Notes, n => n.StartsWith("typo? 'fostr' ~ 'foster'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, true, false, false, Intent.List)]      // "what's red in childrens"
    [InlineData(true, false, false, false, Intent.Topic)]    // "childrens"
    [InlineData(false, false, true, true, Intent.Status)]    // "foster carers"
    [InlineData(false, false, false, true, Intent.Unknown)]  // "parking fines"
    [InlineData(false, false, false, false, Intent.Help)]    // "hello"
    public void The_intent_follows_from_what_was_found(bool scope, bool red, bool hasIndicator, bool hasContent, Intent expected) =>
        Assert.Equal(expected, IntentStage.Decide(Signals([], new Filters(red ? Rag.Red : null, null, false, false), scope, hasIndicator, hasContent)));

    private static IntentStage.Signals Signals(HashSet<Intent> cues, Filters filters, bool scope, bool hasIndicator, bool hasContent) =>
        new(cues, filters, scope, hasIndicator, hasContent, Topic: false, Members: false, ListCommand: false);

    [Fact]
    public void A_cue_about_one_indicator_with_none_found_is_a_list_only_when_nothing_else_was_asked()
    {
        var why = new HashSet<Intent> { Intent.Why };
        var red = new Filters(Rag.Red, null, false, false);

        Assert.Equal(Intent.List, IntentStage.Decide(Signals(why, red, scope: true, hasIndicator: false, hasContent: false)));
        Assert.Equal(Intent.Unknown, IntentStage.Decide(Signals(why, red, scope: true, hasIndicator: false, hasContent: true)));
        Assert.Equal(Intent.Why, IntentStage.Decide(Signals(why, red, scope: false, hasIndicator: true, hasContent: true)));
    }
}
