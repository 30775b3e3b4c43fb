using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using PerfBot.Audit;
using PerfBot.Commentary;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Roles;
using PerfBot.Store;
using PerfBot.Store.Import;
using PerfBot.Sync;
using PerfBot.Tests.Support;
using PerfBot.Uploads;

namespace PerfBot.Tests.Store;

/// <summary>The officers' tables — audit, previews, commentary edits, published figures, workbook state, people — on each engine.</summary>
public abstract class OfficerTablesTests(StoreEngine engine) : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData(engine);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero));
    private Database Db => _store.Database;

    public sealed class OnSqlite() : OfficerTablesTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : OfficerTablesTests(StoreEngine.Postgres);

    public void Dispose() => _store.Dispose();

    private ImportProvenance Jo => new(ImportProvenance.Upload, "aad-jo", "Jo Bloggs", _clock.GetUtcNow());

    private const string Correction = "indicator,period,value\n\"Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks\",Q2 2025/26,24.1\n";

    [Fact]
    public void An_audited_import_records_itself_and_each_correction_and_a_refused_one_is_recorded_as_refused()
    {
        var audit = new AuditLog(Db);
        var importer = new AuditedImport(Db, audit);

        importer.Run(_store.WriteFile("fix.csv", Correction), new ImportRun(Jo));
        _clock.Advance(TimeSpan.FromDays(1));
        importer.Run(_store.WriteFile("bad.csv", Correction.Replace("24.1", "n/a")), new ImportRun(Jo));

        var entries = audit.Since(null);
        Assert.Equal([("import", "applied", "fix.csv"), ("correction", "applied", "fix.csv"), ("import", "refused", "bad.csv")],
            entries.Select(e => (e.Action, e.Outcome, e.FileName!)));
        Assert.Equal("value 22.86% → 24.1%", entries[1].Detail);
        Assert.StartsWith("Refused: 1 problem(s), the first bad.csv: row 2, column C (value): 'n/a' is not a number", entries[2].Detail);
        Assert.Equal([("import", "refused", "bad.csv")], audit.Since(_clock.GetUtcNow().AddHours(-1)).Select(e => (e.Action, e.Outcome, e.FileName!)));
    }

    [Fact]
    public void A_preview_keeps_its_file_is_claimed_once_and_not_after_it_expires()
    {
        var previews = new ImportPreviews(Db, _clock);
        var preview = MeasureImporter.Run(Db, _store.WriteFile("fix.csv", Correction), new ImportRun(Jo) { DryRun = true }).Preview;
        var bytes = File.ReadAllBytes(Path.Combine(_store.Folder, "fix.csv"));
        var id = previews.Save("aad-jo", "Jo Bloggs", "a:chat", bytes, preview, TimeSpan.FromMinutes(30));
        var late = previews.Save("aad-jo", "Jo Bloggs", "a:chat", bytes, preview, TimeSpan.FromMinutes(1));

        Assert.Equal(bytes, previews.Find(id)!.Content);
        Assert.Equal(preview.Fingerprint, previews.Find(id)!.Preview.Fingerprint);
        bool Claim(string which, string officer)
        {
            using var connection = Db.Open();
            using var transaction = connection.BeginTransaction();
            var claimed = previews.Claim(connection, transaction, which, officer);
            transaction.Commit();
            return claimed;
        }
        Assert.False(Claim(id, "aad-someone-else"));
        Assert.True(Claim(id, "aad-jo"));
        Assert.False(Claim(id, "aad-jo"));
        Assert.Equal((ImportPreviews.Imported, (byte[]?)null), (previews.Find(id)!.Status, previews.Find(id)!.Content));
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.False(Claim(late, "aad-jo"));
        Assert.True(previews.Close(late, ImportPreviews.Expired));
        Assert.False(previews.Close(late, ImportPreviews.Cancelled));
    }

    [Fact]
    public void Commentary_saved_is_attributed_while_it_holds_and_a_stale_form_is_refused()
    {
        var edits = new CommentaryEdits(Db, new AuditLog(Db), _clock);
        var repository = new IndicatorRepository(Db);
        var ehcp = repository.ByCode("ehcp-issued-20-weeks")!;
        var held = repository.Measurements(ehcp.Id).Single(m => m.Period.Label == "Q2 2025/26");
        var sam = new Person("aad-sam", "Sam Patel", null, null);

        var saved = edits.Save(ehcp.Id, ehcp.Name, "Q2 2025/26", "Backlog being cleared.", "Locums until March.", CommentaryEdits.Basis(held.Commentary, held.Actions), sam, "aad-sam");
        var stale = edits.Save(ehcp.Id, ehcp.Name, "Q2 2025/26", "Other text.", null, CommentaryEdits.Basis(held.Commentary, held.Actions), sam, "aad-sam");

        Assert.IsType<CommentaryEdits.Outcome.Saved>(saved);
        var changed = Assert.IsType<CommentaryEdits.Outcome.Changed>(stale);
        Assert.Equal(("Backlog being cleared.", "Sam Patel"), (changed.Commentary, changed.By));
        var now = repository.Measurements(ehcp.Id).Single(m => m.Period.Label == "Q2 2025/26");
        Assert.Equal(("Backlog being cleared.", "Locums until March.", "Commentary by Sam Patel on 10 Feb 2026"), (now.Commentary, now.Actions, now.CommentaryBy!.Describe()));
        var committee = new PerfBot.Committees.CommitteeRepository(Db).Committees().Single().Id;
        Assert.Equal("Backlog being cleared.", repository.TeamsCommentary(committee)[(ehcp.Id, "Q2 2025/26")].Commentary);
    }

    [Fact]
    public void A_correction_is_news_to_a_committee_only_for_a_figure_it_was_sent_before_it()
    {
        var committee = new PerfBot.Committees.CommitteeRepository(Db).Committees().Single().Id;
        long digestId;
        using (var connection = Db.Open())
        {
            connection.Execute("INSERT INTO digests (committee_id, week, as_of, text, content_json, composed_at) VALUES (@committee, '2026-W07', '2026-02-09', '', '{}', '2026-02-09T08:00:00.0000000+00:00')", new { committee });
            digestId = connection.QuerySingle<long>("SELECT id FROM digests");
            using var transaction = connection.BeginTransaction();
            PublishedFigures.RecordDigest(connection, transaction, committee, digestId, [new("ehcp-issued-20-weeks", "Q2 2025/26", 22.86)], _clock.GetUtcNow().AddHours(-1));
            transaction.Commit();
        }
        var outbox = new Outbox(Db, _clock);
        outbox.Enqueue(new NewOutboxMessage("digest:test", "digest", new OutboxAddress.Conversation("19:channel"), "", "{}") { DigestId = digestId });
        var since = _clock.GetUtcNow().AddDays(-1);
        var repository = new IndicatorRepository(Db);

        _clock.Advance(TimeSpan.FromHours(1));
        MeasureImporter.Import(Db, _store.WriteFile("fix.csv", Correction), Jo with { At = _clock.GetUtcNow() });
        var unsent = repository.CorrectionsSentBefore(committee, since);
        outbox.MarkSent(outbox.Find("digest:test")!.Id, "activity-1");
        _clock.Advance(TimeSpan.FromHours(1));
        MeasureImporter.Import(Db, _store.WriteFile("fix2.csv", Correction.Replace("24.1", "24.3")), Jo with { At = _clock.GetUtcNow() });
        var sent = repository.CorrectionsSentBefore(committee, since);

        Assert.Empty(unsent);
        var correction = Assert.Single(sent);
        Assert.Equal(("ehcp-issued-20-weeks", "Q2 2025/26", 24.1, 24.3, "fix2.csv"), (correction.Code, correction.Period, correction.Previous!.Value, correction.Now!.Value, correction.FileName!));
    }

    [Fact]
    public void A_workbooks_state_says_whether_it_changed_and_remembers_a_failed_version()
    {
        var state = new WorkbookSyncState(Db);
        var v3 = new WorkbookItem("01ITEM", "monthly.csv", "\"{A},3\"", "\"c:{A},3\"", 120);
        var v4 = v3 with { ETag = "\"{A},4\"", CTag = "\"c:{A},4\"" };

        state.Imported("monthly", v3, "sha", _clock.GetUtcNow());
        state.Failed("monthly", _clock.GetUtcNow(), "1 problem", WorkbookSyncState.TagOf(v4));

        var held = state.Find("monthly")!;
        Assert.True(WorkbookSyncState.IsUnchanged(held, v3));
        Assert.False(WorkbookSyncState.IsUnchanged(held, v4));
        Assert.Equal(("failed", "\"c:{A},4\"", "\"c:{A},3\""), (held.Outcome, held.FailedTag, held.Ctag));
        state.Unchanged("monthly", _clock.GetUtcNow());
        Assert.Null(state.Find("monthly")!.FailedTag);
    }

    private sealed class Roster(MemberProfile profile) : IMemberDirectory
    {
        public Task<MemberProfile?> FindAsync(ConversationReference conversation, string userId, CancellationToken cancellationToken) => Task.FromResult<MemberProfile?>(profile);
    }

    [Fact]
    public async Task Someone_met_in_teams_is_found_again_by_their_email()
    {
        var references = new ConversationReferenceStore(Db, _clock);
        references.Save(new ConversationReference("a:chat", "msteams", "https://smba.trafficmanager.net/uk/", ChatScope.Personal, "tenant", "28:bot", UserAadObjectId: "aad-sam"));
        var people = new PeopleDirectory(Db, references, new Roster(new MemberProfile("Sam Patel", "Sam.Patel@Dorsetcouncil.gov.uk", "sam.patel@dorsetcouncil.gov.uk")), _clock, NullLogger<PeopleDirectory>.Instance);

        var person = await people.IdentifyAsync(new ChatUser("29:sam", "Sam Patel", "aad-sam"), new ChatPlace(ChatScope.Personal, "a:chat", "tenant"), CancellationToken.None);

        Assert.Equal("sam.patel@dorsetcouncil.gov.uk", person.Email);
        Assert.Equal("aad-sam", people.ObjectIdOf("SAM.PATEL@dorsetcouncil.gov.uk"));
        Assert.True(person.IsNamedBy("sam.patel@DORSETCOUNCIL.gov.uk"));
    }
}
