using System.Globalization;
using Dapper;
using PerfBot.Questions.Learning;
using PerfBot.Store.Import;

namespace PerfBot.Tests.Store;

/// <summary>
/// Days are kept as ISO Gregorian text whatever culture the server runs under. Under a culture whose calendar counts
/// years another way (Thai Buddhist: 2025 is 2568), a day written with that culture's calendar would sort after every
/// real one, so meetings would move and a "since" bound would hide every question logged.
/// </summary>
public sealed class StoredDayCultureTests : IDisposable
{
    private readonly TempStore _store = TempStore.Empty("People and Health Scrutiny Committee");
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;

    public StoredDayCultureTests() => CultureInfo.CurrentCulture = new CultureInfo("th-TH");

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        _store.Dispose();
    }

    [Fact]
    public void Meetings_and_forward_plan_dates_are_stored_as_gregorian_days_under_a_thai_culture()
    {
        var path = _store.WriteFile("committees.json", """
            [{ "name": "People and Health Scrutiny Committee", "chair": "A Chair", "vice_chair": null, "members": ["A Chair"],
               "meetings": [{ "date": "2026-01-21", "title": null, "source": "agenda pack" }],
               "forward_plan": [{ "meeting_date": "2026-01-21", "item": "Quarterly performance", "detail": null, "source": "agenda pack" }],
               "source": "agenda pack" }]
            """);

        CommitteeFile.ImportCommittees(_store.Database, path);

        using var connection = _store.Database.Open();
        Assert.Equal("2026-01-21", connection.QuerySingle<string>("SELECT meeting_date FROM meetings"));
        Assert.Equal("2026-01-21", connection.QuerySingle<string>("SELECT meeting_date FROM forward_plan_items"));
    }

    [Fact]
    public void Questions_logged_since_a_day_are_found_under_a_thai_culture()
    {
        var log = new QuestionLog(_store.Database, new FakeTimeProvider(DateTimeOffset.Parse("2025-11-24T09:00:00Z", CultureInfo.InvariantCulture)));
        log.Record("grass cutting", Shortfall.NotHeld, "unknown", "member");
        log.RecordFeedback(true, null, "why are EHCPs red?", "why", ["ehcp-issued-20-weeks"], "member");

        Assert.Single(log.Unanswered(since: new DateOnly(2025, 11, 24)), g => g.Question == "grass cutting");
        Assert.Empty(log.Unanswered(before: new DateOnly(2025, 11, 24)));
        Assert.Equal((1, 0), log.Feedback(since: new DateOnly(2025, 11, 24)));
    }
}
