using System.Globalization;
using System.Text;
using Dapper;
using PerfBot.Charts;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Council;

namespace PerfBot.Questions;

/// <summary>
/// Answers members' questions from the store. Holds a <see cref="QuestionIndex"/> snapshot (names, aliases, vocabulary,
/// latest statuses) built once and rebuilt when the store changes; for a question about one indicator it reads only that
/// indicator's history and benchmarks. Thread-safe: questions run against whichever snapshot is current.
/// </summary>
public sealed class QuestionService
{
    private readonly Database _database;
    private readonly CouncilClock _clock;
    private readonly TimeSpan _checkEvery;
    private readonly Lock _refreshing = new();
    private volatile QuestionIndex _index;
    private long _lastCheck;

    /// <param name="checkEvery">How often to look whether the store changed (a cheap query); zero to look before every question.</param>
    /// <param name="changes">Where told, the snapshot is rebuilt in the background as soon as another process changes the store.</param>
    public QuestionService(Database database, CouncilClock clock, TimeSpan? checkEvery = null, StoreChanges? changes = null)
    {
        _database = database;
        _clock = clock;
        _checkEvery = checkEvery ?? TimeSpan.FromSeconds(30);
        _index = Build();
        _lastCheck = _clock.Time.GetTimestamp();
        if (changes is not null) changes.Changed += () => ThreadPool.QueueUserWorkItem(_ => RefreshIfChanged());
    }

    /// <summary>Rebuilds the snapshot if the store is not what it was built from; questions meanwhile use the one they have.</summary>
    public void RefreshIfChanged()
    {
        lock (_refreshing)
            if (_index.AsOf != Today || QuestionCatalogue.StoreVersion(_database) != _index.Version) Rebuild();
    }

    public QuestionIndex Index => _index;

    private DateOnly Today => _clock.Today;

    /// <summary>Rebuilds the snapshot now, e.g. straight after an import.</summary>
    public QuestionIndex Refresh()
    {
        lock (_refreshing) return Rebuild();
    }

    private QuestionIndex Rebuild()
    {
        _index = Build();
        _lastCheck = _clock.Time.GetTimestamp();
        return _index;
    }

    private QuestionIndex Build()
    {
        var today = Today;
        var version = QuestionCatalogue.StoreVersion(_database);
        var index = new QuestionIndex(QuestionCatalogue.Load(_database, today), today, version);
        // Building the index for 10,000 indicators passes through several times its own size in temporary objects,
        // some old enough to sit in the oldest generation until a full collection. A build is rare (at start, after an
        // import, once a day), so collect and hand the memory back now rather than carry it.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return index;
    }

    private QuestionIndex Current()
    {
        var index = _index;
        if (_clock.Time.GetElapsedTime(Interlocked.Read(ref _lastCheck)) < _checkEvery && index.AsOf == Today) return index;
        Interlocked.Exchange(ref _lastCheck, _clock.Time.GetTimestamp());
        if (index.AsOf == Today && QuestionCatalogue.StoreVersion(_database) == index.Version) return index;
        lock (_refreshing)
        {
            // Requests that queued behind a rebuild find it done rather than each building another.
            var current = _index;
            if (current.AsOf == Today && QuestionCatalogue.StoreVersion(_database) == current.Version) return current;
            return Rebuild();
        }
    }

    /// <summary>Only the understanding, without reading any figures: for "--explain" and the accuracy measure.</summary>
    public Understanding Understand(string question) => QuestionReader.Read(question, Current());

    public Answer Ask(string question)
    {
        var index = Current();
        var understanding = QuestionReader.Read(question, index);
        return understanding.Intent switch
        {
            Intent.Help => Help(index, understanding),
            Intent.NextMeeting => NextMeeting(index, understanding),
            Intent.List => List(index, understanding),
            _ when Intents.IsAboutOne(understanding.Intent) && understanding.Chosen is { } chosen => AboutOne(index, understanding, chosen.Entry.Indicator),
            _ when Intents.IsAboutOne(understanding.Intent) && understanding.IsAmbiguous => DidYouMean(understanding),
            _ => NotHeld(index, understanding),
        };
    }

    // ---- One indicator ---------------------------------------------------------------------------------------------

    private Answer AboutOne(QuestionIndex index, Understanding u, Indicator indicator)
    {
        var latest = index.ByCode(indicator.Code)?.Latest?.LatestPeriod;
        var after = latest is { } newest ? HistoryWindow.After(newest, u.Period is { Kind: PeriodAskKind.Exact } ask ? ask.Exact : null) : (DateOnly?)null;
        var (history, earlierHeld, benchmarks) = new IndicatorRepository(_database).HistoryAndBenchmarks(indicator.Id, after);
        var today = index.AsOf;
        var asked = u.Period?.Resolve(history);
        var status = StatusAssessor.Assess(indicator, history, asked, today);
        var current = asked is null ? status : StatusAssessor.Assess(indicator, history, null, today);
        var shown = status.Measurement is { } m && benchmarks.Any(b => b.Period == m.Period) ? benchmarks.Where(b => b.Period == m.Period).ToList() : benchmarks.ToList();
        var age = DataAge.Describe(current.LatestPeriod, today, current.IsStale);
        var detail = new IndicatorDetail(indicator, asked, status, history, shown, status.Measurement?.Commentary, status.Measurement?.Actions,
            status.Measurement?.Source, age, current.IsStale, ChartData.FromHistory(indicator, history));

        var text = new StringBuilder();
        text.AppendLine(indicator.Name);
        if (history.Count == 0)
            text.AppendLine("The store holds no figures for this indicator yet.");
        else if (status.Measurement is null)
            text.AppendLine($"No figure is held for {asked?.Label ?? "that period"}. Figures held{From(history, earlierHeld)}: {string.Join(", ", history.Select(h => h.Period.Label))}{(earlierHeld ? "; earlier ones too" : "")}.");

        switch (u.Intent)
        {
            case Intent.Status:
                AppendFigure(text, status);
                AppendComparisons(text, status);
                break;
            case Intent.Trend:
                AppendFigure(text, status);
                if (history.Count > 0)
                    text.AppendLine($"History{From(history, earlierHeld)}{(earlierHeld ? " (earlier figures are held too)" : "")}: " + string.Join("; ", history.Select(h => $"{h.Period.Label} {Figures.Value(h.Value, indicator.Unit)}{(h.ReportedRag is { } r ? $" {r}" : "")}")));
                if (detail.Chart is null && history.Count > 0) text.AppendLine($"Only {history.Count} figure(s) held{From(history, earlierHeld)}, so no trend chart.");
                break;
            case Intent.Compare:
                AppendFigure(text, status);
                if (benchmarks.Count == 0) text.AppendLine("No benchmarks (England, statistical neighbours, Good+) are held for this indicator.");
                foreach (var b in shown) text.AppendLine($"{b.KindLabel} ({b.Period.Label}): {Figures.Value(b.Value, indicator.Unit)}");
                AppendComparisons(text, status);
                break;
            case Intent.Why:
                AppendFigure(text, status);
                text.AppendLine(status.Measurement?.Commentary is { } commentary
                    ? $"Commentary ({status.Measurement.Period.Label}): {commentary}"
                    : $"The report gives no commentary{ForPeriod(status)}.");
                break;
            case Intent.Actions:
                AppendFigure(text, status);
                if (status.Measurement?.Actions is { } actions) text.AppendLine($"Actions ({status.Measurement.Period.Label}): {actions}");
                else
                {
                    text.AppendLine($"The report lists no actions{ForPeriod(status)}.");
                    if (status.Measurement?.Commentary is { } c) text.AppendLine($"Its commentary: {c}");
                }
                break;
            case Intent.Target:
                AppendFigure(text, status);
                var polarity = indicator.Polarity switch
                {
                    Polarity.HigherIsBetter => "higher is better",
                    Polarity.LowerIsBetter => "lower is better",
                    _ => "no better direction is set",
                };
                text.AppendLine(status.Measurement?.Target is { } target
                    ? $"Target{ForPeriod(status)}: {Figures.Value(target, indicator.Unit)} ({polarity}) — {(status.ComputedRag == Rag.Green ? "met" : "not met")}."
                    : $"No target is recorded{ForPeriod(status)} ({polarity}).");
                break;
            case Intent.Owner:
                text.AppendLine(indicator.Owner is { Length: > 0 } owner ? $"Owner: {owner}." : "No owner is recorded for this indicator in the store.");
                if (indicator.ServiceArea is not null) text.AppendLine($"Service area: {indicator.ServiceArea}.");
                if (indicator.Committees.Count > 0) text.AppendLine($"Scrutinised by: {string.Join("; ", indicator.Committees)}.");
                break;
        }
        if (history.Count > 0) text.AppendLine(Capitalise(age) + ".");
        if (status.Measurement?.Source is { } source) text.AppendLine($"Source: {source}");

        var suggestions = new List<string>();
        foreach (var (intent, word) in new[] { (Intent.Trend, "trend"), (Intent.Why, "why"), (Intent.Actions, "actions"), (Intent.Compare, "compare"), (Intent.Target, "target") })
            if (intent != u.Intent) suggestions.Add($"{word} {indicator.Code}");
        var lines = new List<IndicatorLine> { IndicatorLine.From(status) with { Period = status.Measurement?.Period.Label ?? asked?.Label } };
        return new Answer(u.Intent, text.ToString().TrimEnd(), lines, suggestions, detail, [], [], null, u);
    }

    private static string From(List<Measurement> history, bool earlierHeld) =>
        earlierHeld && history.Count > 0 ? $" from {history[0].Period.Label}" : "";

    private static string ForPeriod(IndicatorStatus status) => status.Measurement is { } m ? $" for {m.Period.Label}" : "";

    private static void AppendFigure(StringBuilder text, IndicatorStatus status)
    {
        if (status.Measurement is not { } m) return;
        var unit = status.Indicator.Unit;
        var line = new StringBuilder($"{m.Period.Label}: {Figures.Value(m.Value, unit)}");
        if (m.Target is { } t) line.Append($" (target {Figures.Value(t, unit)})");
        var rag = status.Rag is { } r ? r.ToString() : null;
        if (rag is not null)
        {
            line.Append($" — {rag}");
            if (status.RagDisagrees) line.Append($" as reported; the RAG rules give {status.ComputedRag}");
        }
        if (status.Direction is { } d) line.Append(rag is null ? $" — {d}" : $", {d}");
        text.AppendLine(line + ".");
    }

    private static void AppendComparisons(StringBuilder text, IndicatorStatus status)
    {
        var unit = status.Indicator.Unit;
        if (status.Previous is { } p) text.AppendLine($"Previous ({p.Period.Label}): {Figures.Value(p.Value, unit)}.");
        if (status.LastYear is { } y) text.AppendLine($"A year earlier ({y.Period.Label}): {Figures.Value(y.Value, unit)}.");
    }

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    // ---- Lists -----------------------------------------------------------------------------------------------------

    private Answer List(QuestionIndex index, Understanding u)
    {
        IEnumerable<IndicatorStatus> statuses;
        string when;
        if (u.Period is { Kind: PeriodAskKind.Exact, Exact: { } period })
        {
            statuses = StatusesAt(index, period);
            when = $"in {period.Label}";
        }
        else
        {
            // "latest", "last quarter": each indicator at its own newest period.
            statuses = index.Entries.Select(e => e.Latest).OfType<IndicatorStatus>();
            when = "at their latest period";
        }
        if (u.ServiceAreas.Count > 0) statuses = statuses.Where(s => s.Indicator.ServiceArea is { } a && u.ServiceAreas.Contains(a));
        if (u.Committee is { } committee) statuses = statuses.Where(s => s.Indicator.Committees.Contains(committee.Name));
        if (u.Rag is { } rag) statuses = statuses.Where(s => s.Rag == rag);
        if (u.Direction is { } direction) statuses = statuses.Where(s => s.Direction == direction);
        if (u.Exceptions) statuses = statuses.Where(s => StatusRules.IsException(s.Rag, s.Direction));
        var matches = statuses.Where(s => s.Measurement is not null).ToList();

        var what = new List<string>();
        if (u.Rag is { } r2) what.Add(r2.ToString());
        if (u.Direction is { } d2) what.Add(d2.ToString());
        if (u.Exceptions) what.Add("exceptions (Red, or Amber and Worsening)");
        var filter = what.Count == 0 ? "Indicators" : "Indicators " + string.Join(", ", what);
        var scope = u.ServiceAreas.Count > 0 ? $" in {string.Join(" or ", u.ServiceAreas)}" : u.Committee is { } c2 ? $" for {c2.Name}" : "";

        var groups = matches.GroupBy(s => s.Indicator.ServiceArea ?? "No service area").OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ListGroup(g.Key, g.OrderBy(s => s.Indicator.Name, StringComparer.Ordinal).Select(IndicatorLine.From).ToList())).ToList();
        var lines = groups.SelectMany(g => g.Lines).ToList();
        var text = new StringBuilder();
        if (lines.Count == 0)
        {
            text.AppendLine($"No indicators match: {filter}{scope} {when}.");
        }
        else
        {
            var stale = lines.Count(l => l.IsStale);
            text.AppendLine($"{filter}{scope} {when}: {lines.Count}.{(stale == lines.Count ? " All of this data is overdue: not current." : stale > 0 ? $" {stale} of them overdue (marked)." : "")}");
            foreach (var group in groups)
            {
                text.AppendLine(group.ServiceArea);
                foreach (var l in group.Lines)
                    text.AppendLine($"• {l.Name}: {Figures.Value(l.Value, l.Unit)} ({l.Period}){(l.Rag is { } lr ? $" {lr}" : "")}{(l.Direction is { } ld ? $", {ld}" : "")}{(l.IsStale ? " — overdue" : "")}");
            }
            if (u.Exceptions && lines.All(l => l.IsStale))
                text.AppendLine("The exception rule applies to current data; these are exceptions at their latest, overdue, periods.");
        }
        var suggestions = lines.Take(3).Select(l => $"why {l.Code}").ToList();
        return new Answer(Intent.List, text.ToString().TrimEnd(), lines, suggestions, null, groups, [], null, u);
    }

    private List<IndicatorStatus> StatusesAt(QuestionIndex index, Period period)
    {
        // Each indicator's figures from thirteen months before the period: the period's own, its previous and last year's.
        var rows = new IndicatorRepository(_database).FiguresEndingBetween(period.Start.AddMonths(-13), period.End)
            .ToDictionary(f => f.IndicatorId, f => f.Figures);
        return index.Entries.Where(e => rows.ContainsKey(e.Indicator.Id))
            .Select(e =>
            {
                var status = StatusAssessor.Assess(e.Indicator, rows[e.Indicator.Id], period, index.AsOf);
                // Whether the data is current is the indicator's, not the period's.
                return status with { IsStale = e.Latest?.IsStale ?? true, LatestPeriod = e.Latest?.LatestPeriod };
            })
            .Where(s => s.Measurement is not null)
            .ToList();
    }

    // ---- Everything else -------------------------------------------------------------------------------------------

    private static Answer DidYouMean(Understanding u)
    {
        var word = u.Intent switch
        {
            Intent.Trend => "trend ",
            Intent.Why => "why ",
            Intent.Actions => "actions ",
            Intent.Compare => "compare ",
            Intent.Target => "target ",
            Intent.Owner => "owner ",
            _ => "",
        };
        var period = u.Period is { Kind: PeriodAskKind.Exact, Exact: { } p } ? " " + p.Label : "";
        var choices = u.DidYouMean.Select(c => new Choice(c.Code, c.Entry.Indicator.Name, $"{word}{c.Code}{period}")).ToList();
        var text = new StringBuilder("Did you mean:\n");
        for (var i = 0; i < choices.Count; i++) text.AppendLine($"{i + 1}. {choices[i].Name}");
        return new Answer(u.Intent, text.ToString().TrimEnd(), u.DidYouMean.Select(c => IndicatorLine.Choice(c.Entry.Indicator)).ToList(),
            choices.Select(c => c.Question).ToList(), null, [], choices, null, u);
    }

    private static Answer NotHeld(QuestionIndex index, Understanding u)
    {
        var text = new StringBuilder(u.ContentWords.Count > 0
            ? $"PerfBot holds no indicator for '{string.Join(' ', u.ContentWords)}', so it has no figure to give.\n"
            : "Which indicator do you mean? Name it, e.g. \"compare foster carers with England\".\n");
        text.Append(CanAnswer(index));
        return new Answer(Intent.Unknown, text.ToString().TrimEnd(), [], Examples(index), null, [], [], null, u with { Intent = Intent.Unknown });
    }

    private static Answer Help(QuestionIndex index, Understanding u) =>
        new(Intent.Help, CanAnswer(index), [], Examples(index), null, [], [], null, u);

    private static string CanAnswer(QuestionIndex index)
    {
        var areas = index.Entries.Select(e => e.Indicator.ServiceArea).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return $"I answer from the {index.Entries.Count} indicators in the store ({string.Join(", ", areas)}): how one is doing, its trend, why (the report's commentary), what is being done (actions), its target, owner and benchmarks; lists such as what is red or worsening in a service area; and when a committee next meets.";
    }

    /// <summary>Example questions made from the store's own indicators, so they always work.</summary>
    private static List<string> Examples(QuestionIndex index)
    {
        var examples = new List<string>();
        var red = index.Entries.FirstOrDefault(e => e.Latest?.Rag == Rag.Red);
        var any = index.Entries.FirstOrDefault();
        if (any is not null) examples.Add($"how is {any.Indicator.Aliases.FirstOrDefault() ?? any.Indicator.Name}?");
        if (red is not null) examples.Add($"why is {red.Indicator.Aliases.FirstOrDefault() ?? red.Indicator.Name} red?");
        if (red?.Indicator.ServiceArea is { } area) examples.Add($"what's red in {area}?");
        if (index.Committees.Count > 0) examples.Add("when is the next meeting?");
        return examples;
    }

    private Answer NextMeeting(QuestionIndex index, Understanding u)
    {
        var committee = u.Committee ?? (index.Committees.Count == 1 ? index.Committees[0] : null);
        if (committee is null)
        {
            var names = index.Committees.Count == 0 ? "none are set up" : string.Join("; ", index.Committees.Select(c => c.Name));
            return new Answer(Intent.NextMeeting, $"Which committee? The store knows: {names}.", [], index.Committees.Select(c => $"next meeting {c.Name}").ToList(), null, [], [], null, u);
        }
        var today = index.AsOf;
        var next = committee.Meetings.Where(m => m.Date >= today).OrderBy(m => m.Date).FirstOrDefault();
        var last = committee.Meetings.Where(m => m.Date < today).OrderBy(m => m.Date).LastOrDefault();
        string text;
        if (next is not null)
            text = $"{committee.Name} next meets on {CouncilCulture.DayAndDate(next.Date)}{(next.Title is null ? "" : $" ({next.Title})")}.\nSource: {next.Source}";
        else
            text = $"No meeting of {committee.Name} after {CouncilCulture.Date(today)} is in the store."
                   + (last is null ? "" : $" The last one recorded was {CouncilCulture.Date(last.Date)}.\nSource: {last.Source}");
        return new Answer(Intent.NextMeeting, text, [], [], null, [], [], new MeetingAnswer(committee.Name, next?.Date, last?.Date, (next ?? last)?.Source), u);
    }
}
