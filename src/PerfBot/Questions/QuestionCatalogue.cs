using Dapper;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Questions;

public sealed record VocabularyEntry(string Term, string Means);

/// <summary>A subject members ask about as a whole, by any of its names, and the phrases or indicator codes it covers.</summary>
public sealed record TopicEntry(IReadOnlyList<string> Names, IReadOnlyList<string> Covers)
{
    public bool Equals(TopicEntry? other) => other is not null && Names.SequenceEqual(other.Names) && Covers.SequenceEqual(other.Covers);

    public override int GetHashCode() => HashCode.Combine(Names.Count, Covers.Count);
}

public sealed record Meeting(DateOnly Date, string? Title, string? Source);

/// <summary>An item of a committee's forward plan: for a meeting, or (MeetingDate null) not yet given one.</summary>
public sealed record PlanItem(DateOnly? MeetingDate, string Item, string? Detail, string? Source);

/// <summary>A committee as the store holds it, with where its membership was read from.</summary>
public sealed record Committee(long Id, string Name, string? Chair, string? ViceChair, IReadOnlyList<Meeting> Meetings)
{
    /// <summary>Every member, the chair and vice-chair first.</summary>
    public IReadOnlyList<string> Members { get; init; } = [];

    public IReadOnlyList<PlanItem> ForwardPlan { get; init; } = [];

    /// <summary>Where the committee's membership comes from (an agenda pack, a report).</summary>
    public string? Source { get; init; }
}

/// <summary>
/// Everything question understanding needs from the store, read once: the indicators with their aliases, the council's
/// vocabulary, committees and their meetings, and each indicator's latest status. Plain data, so tests build one by hand.
/// </summary>
public sealed record QuestionCatalogue(
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<VocabularyEntry> Vocabulary,
    IReadOnlyList<Committee> Committees,
    IReadOnlyList<IndicatorStatus> LatestStatuses)
{
    /// <summary>The topics officers named (the topics file), each reaching indicators whose names need not hold its word.</summary>
    public IReadOnlyList<TopicEntry> Topics { get; init; } = [];

    /// <summary>When each indicator's earliest period held ended, by indicator id: with its latest, the span its figures
    /// cover, which tells apart indicators for one subject that only the period asked for can.</summary>
    public IReadOnlyDictionary<long, DateOnly> FirstPeriodEnds { get; init; } = new Dictionary<long, DateOnly>();

    /// <summary>Reads the catalogue from the store. Latest statuses are judged as of <paramref name="asOf"/>.</summary>
    public static QuestionCatalogue Load(Database database, IndicatorRepository repository, DateOnly asOf)
    {
        var indicators = repository.Indicators();
        using var connection = database.Open();
        var vocabulary = connection.Query<(string Term, string Means)>("SELECT term, means FROM vocabulary ORDER BY term")
            .Select(v => new VocabularyEntry(v.Term, v.Means)).ToList();
        var meetings = connection.Query<(long CommitteeId, string Date, string? Title, string? Source)>(
                "SELECT committee_id, meeting_date, title, source FROM meetings ORDER BY meeting_date")
            .ToLookup(m => m.CommitteeId, m => new Meeting(DateOnly.Parse(m.Date, System.Globalization.CultureInfo.InvariantCulture), m.Title, m.Source));
        var members = connection.Query<(long CommitteeId, string Name)>(
                "SELECT committee_id, name FROM committee_members ORDER BY role <> 'chair', role <> 'vice-chair', name")
            .ToLookup(m => m.CommitteeId, m => m.Name);
        var plans = connection.Query<(long CommitteeId, string? Date, string Item, string? Detail, string? Source)>(
                "SELECT committee_id, meeting_date, item, detail, source FROM forward_plan_items ORDER BY meeting_date, id")
            .ToLookup(p => p.CommitteeId, p => new PlanItem(p.Date is null ? null : DateOnly.Parse(p.Date, System.Globalization.CultureInfo.InvariantCulture), p.Item, p.Detail, p.Source));
        var committees = connection.Query<(long Id, string Name, string? Chair, string? ViceChair, string? Source)>("SELECT id, name, chair, vice_chair, source FROM committees ORDER BY name")
            .Select(c => new Committee(c.Id, c.Name, c.Chair, c.ViceChair, meetings[c.Id].ToList())
            {
                Members = members[c.Id].ToList(), ForwardPlan = plans[c.Id].ToList(), Source = c.Source,
            }).ToList();
        var topics = connection.Query<(string Topic, string Covers)>("SELECT topic, covers FROM topics ORDER BY topic")
            .Select(t => new TopicEntry(TopicImporter.Parts(t.Topic), TopicImporter.Parts(t.Covers))).ToList();
        return new QuestionCatalogue(indicators, vocabulary, committees, repository.StatusesOf(indicators, asOf))
        {
            Topics = topics, FirstPeriodEnds = FirstPeriods.Read(connection),
        };
    }

    /// <summary>
    /// Whether the other catalogue holds the same words a question index is made from: the same indicators in the same
    /// order with the same names, aliases, codes and service areas, and the same vocabulary and topics. Figures, statuses, units,
    /// committees and meetings may differ.
    /// </summary>
    public bool HasSameWordsAs(QuestionCatalogue other) =>
        Indicators.Count == other.Indicators.Count && Vocabulary.SequenceEqual(other.Vocabulary) && Topics.SequenceEqual(other.Topics)
        && Indicators.Zip(other.Indicators).All(p => p.First.Id == p.Second.Id && p.First.Name == p.Second.Name && p.First.Code == p.Second.Code
            && p.First.ServiceArea == p.Second.ServiceArea && p.First.Aliases.SequenceEqual(p.Second.Aliases));

    /// <summary>A cheap fingerprint of what the catalogue was read from: when it changes, the snapshot is rebuilt.</summary>
    public static string StoreVersion(Database database)
    {
        using var connection = database.Open();
        return connection.ExecuteScalar<string>("""
            SELECT (SELECT version FROM store_version WHERE id = 1) || ':' ||
                   (SELECT count(*) FROM meetings) || ':' || (SELECT coalesce(max(meeting_date), '') FROM meetings)
            """) ?? "";
    }
}
