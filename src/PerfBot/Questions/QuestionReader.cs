using PerfBot.Questions.Reading;

namespace PerfBot.Questions;

/// <summary>
/// Understands a member's question against a <see cref="QuestionIndex"/>: deterministic, no I/O, and explained in full by
/// the <see cref="Understanding"/> it returns. <see cref="Read(string, QuestionIndex, ReaderConfig, bool)"/> is the list
/// of stages, each in Questions/Reading: a stage takes the words it understands out of an immutable token sequence and
/// hands the rest on. Nothing here names an indicator: all of that is data.
/// </summary>
public static class QuestionReader
{
    public static Understanding Read(string question, QuestionIndex index) => Read(question, index, ReaderConfig.Default, prune: true);

    public static Understanding Read(string question, QuestionIndex index, ReaderConfig config) => Read(question, index, config, prune: true);

    /// <param name="prune">False scores every candidate in full — every indicator holding one of the question's words
    /// that is in no more than half the names — with no bound and no rare-words pass: the reference the tests hold the
    /// pruned scoring to.</param>
    internal static Understanding Read(string question, QuestionIndex index, bool prune) => Read(question, index, ReaderConfig.Default, prune);

    internal static Understanding Read(string question, QuestionIndex index, ReaderConfig config, bool prune)
    {
        var normalised = QuestionText.Normalise(question);
        var period = PeriodStage.Read(Tokens.Of(normalised), config);
        var cues = CueStage.Read(period.Tokens, config);
        var filtering = FilterStage.Read(cues.Tokens, config);
        var areas = ServiceAreaStage.Read(filtering.Tokens.SplitFigures(), index);
        var committee = CommitteeStage.Read(areas.Tokens, index, meetingCue: cues.Cues.Contains(Intent.NextMeeting));
        var concepts = ConceptStage.Read(committee.Tokens, index, config);
        // Only for a list with filters may the words left be part of a service area's name ("amber in HR").
        var partial = areas.Areas.Count == 0 && committee.Committee is null && filtering.Filters.Any
            ? ServiceAreaStage.ReadPartial(committee.Tokens, index, config)
            : new ServiceAreaStage.Result(committee.Tokens, [], []);
        List<string> serviceAreas = [.. areas.Areas, .. partial.Areas];
        var sequence = partial.Tokens.Where(t => !t.Consumed).Select(t => t.Stem).ToArray();
        var ranked = CandidateRanking.Rank(concepts.Concepts, sequence, index, serviceAreas, config, prune);
        var choice = ChoiceStage.Read(question, ranked, index, config);
        // Words left once the service area or committee is set aside: none means the question is about the whole area.
        var beyondScope = partial.Tokens.Any(t => ServiceAreaStage.IsBeyondScope(t, config));
        var intent = IntentStage.Decide(cues.Cues, filtering.Filters, scope: serviceAreas.Count > 0 || committee.Committee is not null,
            hasIndicator: choice.Chosen is not null || choice.DidYouMean.Count > 0, hasContent: beyondScope);
        var aboutOne = Intents.IsAboutOne(intent);

        List<string> notes = [.. period.Notes, .. cues.Notes, .. areas.Notes, .. committee.Notes, .. concepts.Notes, .. partial.Notes, .. choice.Notes];
        return new Understanding(question, normalised, intent, period.Period, filtering.Filters.Rag, filtering.Filters.Direction,
            filtering.Filters.Exceptions, serviceAreas, committee.Committee, concepts.Concepts.Select(c => c.Label).ToList(),
            choice.Candidates.Take(5).ToList(), aboutOne ? choice.Chosen : null, aboutOne ? choice.DidYouMean : [], notes);
    }
}
