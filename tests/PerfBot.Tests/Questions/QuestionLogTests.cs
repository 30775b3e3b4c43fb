using Microsoft.Extensions.Options;
using PerfBot.Delivery;
using PerfBot.Questions.Learning;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Questions;

/// <summary>The question log and feedback on each engine: grouped by the words asked, by role only, and the weekly line from it.</summary>
public abstract class QuestionLogTests(StoreEngine engine) : IDisposable
{
    public sealed class OnSqlite() : QuestionLogTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : QuestionLogTests(StoreEngine.Postgres);

    private readonly TempStore _store = TempStore.Empty(engine, "People and Health Scrutiny Committee");
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-11-24T09:00:00Z"));

    public void Dispose() => _store.Dispose();

    private QuestionLog Log => new(_store.Database, _clock);

    [Fact]
    public void Questions_asked_the_same_way_are_grouped_the_most_asked_first_with_roles_and_no_names()
    {
        Log.Record("Grass cutting?", Shortfall.NotHeld, "unknown", "member");
        _clock.Advance(TimeSpan.FromDays(1));
        Log.Record("grass cutting", Shortfall.NotHeld, "unknown", "chair");
        Log.Record("grass  cutting!", Shortfall.NotHeld, "unknown", "member");
        Log.Record("how come?", Shortfall.Clarify, "clarify", "other");

        var groups = Log.Unanswered();

        Assert.Equal(2, groups.Count);
        Assert.Equal(("grass cutting", 3, "2025-11-25"), (groups[0].Question, groups[0].Times, groups[0].LastAsked));
        Assert.Equal(["not_held"], groups[0].Outcomes);
        Assert.Equal(["member ×2", "chair"], groups[0].Roles);
        Assert.Equal("how come", groups[1].Question);
        Assert.Single(Log.Unanswered(new DateOnly(2025, 11, 25)).Where(g => g.Question == "grass cutting"), g => g.Times == 2);
    }

    [Fact]
    public void Feedback_is_kept_with_the_question_it_was_on()
    {
        Log.RecordFeedback(true, "  helpful ", "why are EHCPs red?", "why", ["ehcp-issued-20-weeks"], "member");
        Log.RecordFeedback(false, null, null, null, [], "other");

        Assert.Equal((1, 1), Log.Feedback());
    }

    [Fact]
    public void Each_data_officer_gets_the_weeks_line_once_in_the_outbox()
    {
        Log.Record("grass cutting", Shortfall.NotHeld, "unknown", "member");
        Log.Record("grass cutting", Shortfall.NotHeld, "unknown", "member");
        Log.Record("potholes", Shortfall.NotHeld, "unknown", "chair");
        var outbox = new Outbox(_store.Database, _clock);
        var job = new UnansweredWeeklyJob(Log, outbox, null!, null!, Microsoft.Extensions.Logging.Abstractions.NullLogger<UnansweredWeeklyJob>.Instance);
        string[] officers = ["aad-officer-1", "aad-officer-2"];

        var first = job.Enqueue(new DateOnly(2025, 12, 1), officers);
        var again = job.Enqueue(new DateOnly(2025, 12, 1), officers);

        Assert.Equal(2, first.Count);
        Assert.Equal(first.Select(m => m.Id), again.Select(m => m.Id));
        Assert.All(first, m => Assert.Equal("3 questions had no answer last week; most asked: 'grass cutting' ×2, 'potholes'. Adding vocabulary or aliases for them (perfbot questions --unanswered) lets PerfBot answer next time.", m.Text));
        Assert.Equal(["aad-officer-1", "aad-officer-2"], first.Select(m => m.PersonAadObjectId));
    }

    [Fact]
    public void A_week_with_every_question_answered_says_so()
    {
        Assert.Equal("Every question last week had an answer.", UnansweredLine.Compose([]));
    }
}
