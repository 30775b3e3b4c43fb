using PerfBot.Questions;

namespace PerfBot.Tests.Questions;

/// <summary>
/// Broad subjects on the demo store, in phrasings of our own (none taken from the question sets): a topic in the topics
/// file is the whole of it only when the question's other words do not single out some of its indicators, subjects
/// joined by "and" reach theirs, and "all the … measures" lists every indicator its subject's words name together.
/// </summary>
public sealed class BroadSubjectTests(DemoStore store) : IClassFixture<DemoStore>
{
    private static string[] Codes(IEnumerable<Candidate> candidates) => [.. candidates.Select(c => c.Code).Order(StringComparer.Ordinal)];

    private static readonly string[] AdultSafeguarding =
        ["asc-safeguarding-concerns-month", "safeguarding-concerns-period", "safeguarding-felt-listened-to", "safeguarding-felt-safer"];

    [Fact]
    public void A_topic_named_alone_lists_every_indicator_it_covers()
    {
        var u = store.Service.Understand("where are we on safeguarding adults?");
        Assert.Equal(Intent.Topic, u.Intent);
        Assert.Equal(AdultSafeguarding, Codes(u.Topic));
        Assert.Equal(["ehcp-issued-20-weeks", "independent-special-school-places", "send-tribunals"], Codes(store.Service.Understand("what have we got on special needs?").Topic));
    }

    [Fact]
    public void Other_words_held_by_only_some_of_a_topics_indicators_leave_the_question_to_those()
    {
        // "Felt safer" is said by one of the four: the member asks about that one, not the topic.
        var u = store.Service.Understand("adult safeguarding: how many felt safer?");
        Assert.Empty(u.Topic);
        Assert.DoesNotContain(u.Notes, n => n.Contains("topics file", StringComparison.Ordinal));
        var plans = store.Service.Understand("SEND: plans issued on time");
        Assert.Empty(plans.Topic);
        Assert.DoesNotContain(plans.Notes, n => n.Contains("topics file", StringComparison.Ordinal));
    }

    [Fact]
    public void Subjects_joined_by_and_within_a_topic_reach_it_all_and_including_says_the_rest_is_within_it()
    {
        var joined = store.Service.Understand("community safety: anti-social behaviour and domestic abuse please");
        Assert.Equal(["asb-recordings", "domestic-abuse-incidents", "domestic-abuse-physical-coercive"], Codes(joined.Topic));
        var including = store.Service.Understand("homelessness overview including temporary accommodation");
        Assert.Equal(["bnb-families-over-6-weeks", "bnb-households-month-end", "homelessness-new-cases", "temporary-accommodation-households"], Codes(including.Topic));
        // Without "including" the words name one of the four.
        Assert.Empty(store.Service.Understand("homelessness: temporary accommodation households").Topic);
    }

    [Fact]
    public void All_the_measures_of_a_subject_are_those_one_of_whose_names_holds_its_words_together()
    {
        var u = store.Service.Understand("all the children in care measures");
        // Not the child protection court cases ("child protection" in one name, "care proceedings" in another) nor the
        // children in need rate, which names children in care only as one of its abbreviations.
        Assert.Equal(["cic-placed-over-20-miles", "cic-rate-per-10k", "lac-placed-out-of-area"], Codes(u.Topic));
        Assert.Contains(u.Notes, n => n.Contains("between 'all' and 'measures'", StringComparison.Ordinal));
        var asked = store.Service.Understand("all the children in care measures: how far away are they placed?");
        Assert.Equal(Codes(u.Topic), Codes(asked.Topic));
    }

    [Fact]
    public void What_is_asked_of_all_the_measures_must_be_held_by_one_of_them()
    {
        // No children in care measure says anything of turnover: the words are not what is asked of them.
        var u = store.Service.Understand("all the children in care measures and staff turnover");
        Assert.Contains("staff-turnover", Codes(u.Topic.Count > 0 ? u.Topic : u.Candidates));
        Assert.NotEqual(["cic-placed-over-20-miles", "cic-rate-per-10k", "lac-placed-out-of-area"], Codes(u.Topic));
    }

    [Fact]
    public void Kinds_of_a_subject_joined_by_and_where_the_store_names_only_one_kind_are_the_subjects_indicators()
    {
        // No name says "short": the kinds are of sickness, and both sickness indicators are the answer.
        var u = store.Service.Understand("sickness absence - short and long term");
        Assert.Equal(["long-term-sickness-days-per-fte", "sickness-days-per-fte"], Codes(u.Topic));
        // A part of words no name uses beside two subjects the store names apart is not read as either.
        Assert.Empty(store.Service.Understand("foster carers and staff turnover and grass cutting").Topic);
    }

    [Fact]
    public void A_subject_before_a_dash_is_a_topic_when_what_follows_says_how_it_is_asked_not_which()
    {
        var u = store.Service.Understand("safeguarding feedback - how do people rate us?");
        Assert.Equal(["safeguarding-felt-listened-to", "safeguarding-felt-safer"], Codes(u.Topic));
        Assert.Contains(u.Notes, n => n.Contains("before the dash", StringComparison.Ordinal));
        // After the dash, words one of the two holds single it out; words the store never uses might.
        Assert.Empty(store.Service.Understand("safeguarding feedback - people feeling listened to?").Topic);
        Assert.Empty(store.Service.Understand("domestic abuse - what do residents think?").Topic);
    }
}
