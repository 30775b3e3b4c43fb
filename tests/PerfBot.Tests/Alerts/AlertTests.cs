using PerfBot.Tests.Support;
using PerfBot.Council;
using Microsoft.Extensions.Logging.Abstractions;
using PerfBot.Alerts;
using PerfBot.Delivery;
using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Store;
using PerfBot.Testing;
using PerfBot.Tests.Digests;

namespace PerfBot.Tests.Alerts;

public sealed class AlertTests : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-10-06T07:30:00Z"));
    private readonly CountingDelivery _delivery = new();

    private AlertStore Store => new(_store.Database, _clock, new Outbox(_store.Database, _clock));
    private AlertConversation Conversation => new(Store, new IndicatorRepository(_store.Database), new QuestionService(_store.Database, new CouncilClock(_clock)), new CouncilClock(_clock));

    private AlertDispatcher Dispatcher()
    {
        var outbox = new Outbox(_store.Database, _clock);
        return new AlertDispatcher(Store, new IndicatorRepository(_store.Database), outbox,
            new OutboxSender(outbox, _delivery, TestMetrics.Create(), FaultInjection.None, NullLogger<OutboxSender>.Instance), FaultInjection.None);
    }

    private static readonly AlertConversation.Officer Officer = new("aad-officer-1", "Sam Officer", "a:1on1-sam", InPersonalChat: true);

    private AlertConversation.Reply Say(string text) => Conversation.Handle(AlertCommand.Parse(text)!, Officer);

    private void SetMeasure(string code, string period, double value, string rag, string direction)
    {
        using var connection = _store.Database.Open();
        var p = Period.Parse(period);
        Dapper.SqlMapper.Execute(connection, """
            INSERT INTO measurements (indicator_id, period, period_start, period_end, value, reported_rag, reported_direction, source)
            SELECT id, @label, @start, @end, @value, @rag, @direction, 'test' FROM indicators WHERE code = @code
            """, new { code, label = p.Label, start = p.Start.ToString("yyyy-MM-dd"), end = p.End.ToString("yyyy-MM-dd"), value, rag, direction });
        // As an import does in its transaction: the statuses kept for the question index follow the figures.
        LatestFigures.Refresh(connection, null, [Dapper.SqlMapper.ExecuteScalar<long>(connection, "SELECT id FROM indicators WHERE code = @code", new { code })]);
    }

    [Fact]
    public void Subscribing_finds_the_indicator_from_a_few_words_and_says_where_it_stands()
    {
        var reply = Say("alert me about foster carers");

        Assert.StartsWith("Done: I'll message you on Mondays when Number of active foster carers (including connected persons) changes", reply.Text);
        Assert.Contains("Its data is overdue (latest Oct-20)", reply.Text);
        Assert.Contains("Number of active foster carers", Say("my alerts").Text);
        Assert.StartsWith("Stopped: no more alerts for Number of active foster carers", Say("stop alerts for foster carers").Text);
        Assert.StartsWith("You have no alerts.", Say("my alerts").Text);
    }

    [Fact]
    public void The_indicator_is_found_as_a_question_would_find_it_through_vocabulary_and_typos()
    {
        Assert.StartsWith("Done: I'll message you on Mondays when Percentage of looked after children placed outside the council area", Say("alert me about LAC out of area").Text);
        Assert.StartsWith("Done: I'll message you on Mondays when Number of active foster carers", Say("alert me about fostr carers").Text);
    }

    [Fact]
    public void Words_that_fit_several_indicators_get_a_question_back_and_no_subscription()
    {
        var reply = Say("alert me about safeguarding");

        Assert.Matches(@"^'safeguarding' could be [2-4] indicators: .+\. Which one\?$", reply.Text);
        Assert.InRange(reply.Indicators.Count, 2, 4);
        Assert.StartsWith("You have no alerts.", Say("my alerts").Text);
    }

    [Fact]
    public void Alerts_are_set_up_in_a_personal_chat_only()
    {
        var reply = Conversation.Handle(new AlertCommand.Subscribe("foster carers"), Officer with { InPersonalChat = false });

        Assert.StartsWith("Alerts are personal", reply.Text);
        Assert.Empty(Store.Recipients());
    }

    [Fact]
    public async Task Nothing_is_sent_to_an_officer_when_nothing_changed_for_them()
    {
        Say("alert me about out of area");

        var run = await Dispatcher().RunAsync(new DateOnly(2025, 10, 6), CancellationToken.None);

        Assert.Equal(0, run.Composed);
        Assert.Empty(_delivery.Delivered);
    }

    [Fact]
    public async Task An_indicator_that_changes_RAG_is_alerted_once_that_week_to_the_officer_following_it()
    {
        Say("alert me about deaths registered"); // Red, 80% at Q2 2025/26, as of today (6 Oct 2025)
        SetMeasure("deaths-registered-5-days", "Q3 2025/26", 96, "Green", "Improving");

        var asOf = new DateOnly(2026, 1, 5);
        var run = await Dispatcher().RunAsync(asOf, CancellationToken.None);
        var again = await Dispatcher().RunAsync(asOf, CancellationToken.None);
        var nextWeek = await Dispatcher().RunAsync(asOf.AddDays(7), CancellationToken.None);

        Assert.Equal((1, 0, 0), (run.Composed, again.Composed, nextWeek.Composed));
        var sent = Assert.Single(_delivery.Delivered);
        Assert.Equal("a:1on1-sam", sent.ConversationId);
        Assert.Contains("Percentage of deaths registered within 5 calendar days: no longer an exception (Red → Green); 96% (Q3 2025/26), target none", sent.Text);
    }

    [Fact]
    public void An_owner_gets_alerts_for_their_indicators_without_subscribing()
    {
        var owned = new Indicator(1, "x", "X", null, "%", Frequency.Quarterly, Polarity.HigherIsBetter, null, "sam@council.gov.uk", null, [], []);
        var recipient = new AlertStore.Recipient("aad-officer-1", "Sam", "SAM@council.gov.uk", "a:1");

        Assert.True(recipient.Owns(owned));
        Assert.True((recipient with { Email = null }).Owns(owned with { Owner = "AAD-OFFICER-1" }));
        Assert.False((recipient with { Email = null }).Owns(owned));
    }

    [Fact]
    public void The_composer_reports_becoming_an_exception_and_keeps_new_indicators_as_a_silent_baseline()
    {
        var indicator = new Indicator(7, "x", "X", null, "%", Frequency.Quarterly, Polarity.HigherIsBetter, null, null, null, [], []);
        var status = StatusAssessor.Assess(indicator, [new Measurement(Period.Quarter(2025, 2), 50, 80, Rag.Red, Direction.Worsening, null, null, "src")], null, new DateOnly(2025, 10, 6));

        var first = AlertComposer.Compose("u", null, new DateOnly(2025, 10, 6), [new Watched(status, false)], new Dictionary<long, AlertBaseline>());
        var changed = AlertComposer.Compose("u", null, new DateOnly(2025, 10, 6), [new Watched(status, false)],
            new Dictionary<long, AlertBaseline> { [7] = new(7, "Q1 2025/26", Rag.Amber, false) });

        Assert.Null(first.Alert);
        Assert.Equal(new AlertBaseline(7, "Q2 2025/26", Rag.Red, true), Assert.Single(first.Baselines));
        var line = Assert.Single(changed.Alert!.Lines);
        Assert.Equal((Rag.Amber, Rag.Red, false, true), (line.RagBefore, line.RagNow, line.WasException, line.IsException));
        Assert.StartsWith("X: became an exception (Amber → Red); 50% (Q2 2025/26), target 80%", AlertText.Line(line));
    }

    public void Dispose() => _store.Dispose();
}
