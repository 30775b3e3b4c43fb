using System.Text;
using Azure.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using PerfBot.Audit;
using PerfBot.Sync;
using PerfBot.Tests.Calendar;
using PerfBot.Tests.Support;
using PerfBot.Tests.Uploads;

namespace PerfBot.Tests.Sync;

/// <summary>A workbook on SharePoint synced through the real Microsoft.Graph SDK against a loopback Graph, in the real host.</summary>
public sealed class WorkbookSyncTests : IAsyncLifetime
{
    private const string Drive = "b!drive-people-and-health", Item = "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K";
    private const string Ehcp = "\"Percentage of Education, Health & Care Plans (EHCPs) issued within 20 weeks\"";
    private LoopbackGraph _graph = null!;
    private OfficerChat _chat = null!;
    private readonly FakeLogCollector _logs = new();

    /// <summary>The workbook as SharePoint holds it now: its version (eTag and cTag follow it) and its content.</summary>
    private (string Version, string Content) _file = ("3", $"indicator,period,value\n{Ehcp},Q3 2025/26,31.5\n");

    public async Task InitializeAsync()
    {
        _graph = await LoopbackGraph.StartAsync();
        _graph.Respond = (request, _) => Task.FromResult(Answer(request));
        _chat = await OfficerChat.StartAsync(
            [("Graph:BaseUrl", _graph.BaseUrl.ToString()), ("Graph:MaxRetries", "1"), ("Graph:Timeout", "00:00:06"),
             ("Sources:Workbooks:0:Name", "People and Health monthly"), ("Sources:Workbooks:0:DriveId", Drive), ("Sources:Workbooks:0:ItemId", Item)],
            services =>
            {
                services.AddSingleton<TokenCredential>(new LoopbackCredential());
                services.AddSingleton<ILoggerProvider>(new FakeLoggerProvider(_logs));
            });
    }

    public async Task DisposeAsync()
    {
        await _chat.DisposeAsync();
        await _graph.DisposeAsync();
    }

    private IResult Answer(HttpRequest request)
    {
        var path = request.Path.Value!;
        if (path == $"/v1.0/drives/{Drive}/items/{Item}" || path.StartsWith($"/v1.0/drives/{Drive}/root:/", StringComparison.Ordinal))
            return Results.Json(LoopbackGraph.DriveItem(Item, "people-and-health-monthly.csv", _file.Version, Encoding.UTF8.GetByteCount(_file.Content)));
        if (path == $"/v1.0/drives/{Drive}/items/{Item}/content") return Results.Bytes(Encoding.UTF8.GetBytes(_file.Content), "text/csv");
        return LoopbackGraph.Error(404, "itemNotFound", "The resource could not be found.");
    }

    /// <summary>The figures: a failure's notice adds an outbox row and the 1:1 conversation it opened, and the sync its own state.</summary>
    private string Figures() => _chat.Figures("outbox", "workbook_sources");

    private Task<IReadOnlyList<WorkbookSync.Result>> SyncAsync() =>
        _chat.Bot.Services.GetRequiredService<WorkbookSync>().SyncAllAsync("test", CancellationToken.None);

    private int ContentReads => _graph.Requests.Count(r => r.PathAndQuery.EndsWith("/content", StringComparison.Ordinal));

    private List<string> NoticesToOfficers() => _chat.Connector.Calls
        .Where(c => c.Path.StartsWith("/v3/conversations/conversation-", StringComparison.Ordinal))
        .Select(c => c.Body.GetProperty("summary").GetString()!).ToList();

    [Fact]
    public async Task An_unchanged_workbook_is_not_read_again_and_a_changed_one_is_imported()
    {
        var first = Assert.Single(await SyncAsync());
        var afterFirst = Figures();
        var second = Assert.Single(await SyncAsync());
        _file = ("4", _file.Content.Replace("31.5", "33.0"));
        var third = Assert.Single(await SyncAsync());

        Assert.Equal((WorkbookSync.Imported, "people-and-health-monthly.csv: 1 row — 1 new figure."), (first.Outcome, first.Summary));
        Assert.Equal(WorkbookSync.Unchanged, second.Outcome);
        Assert.Equal((WorkbookSync.Imported, "people-and-health-monthly.csv: 1 row — 1 corrected."), (third.Outcome, third.Summary));
        Assert.Equal(2, ContentReads);
        Assert.Contains("Q3 2025/26: 33%", OfficerChat.TextOf(await _chat.SayAsync("how are EHCPs issued within 20 weeks?", asMember: true)));
        Assert.NotEqual(afterFirst, Figures());
        var imports = _chat.Bot.Services.GetRequiredService<AuditLog>().Since(null).Where(e => e.Action == AuditActions.Import).ToList();
        Assert.All(imports, e => Assert.Equal(("sync", "sync:People and Health monthly"), (e.Route, e.ActorId)));
        Assert.Equal(2, imports.Count);
        Assert.Empty(NoticesToOfficers());
    }

    [Fact]
    public async Task A_changed_workbook_with_a_bad_value_leaves_the_store_as_it_was_and_the_data_officers_are_told_once()
    {
        await SyncAsync();
        var before = Figures();
        _file = ("4", _file.Content.Replace("31.5", "n/a"));

        var failed = Assert.Single(await SyncAsync());
        var again = Assert.Single(await SyncAsync());

        Assert.Equal(WorkbookSync.Failed, failed.Outcome);
        Assert.Equal(before, Figures());
        var notice = Assert.Single(NoticesToOfficers());
        Assert.Contains("Workbook sync failed for People and Health monthly: people-and-health-monthly.csv has 1 problem(s). Nothing was imported.", notice);
        Assert.Contains("people-and-health-monthly.csv: row 2, column C (value): 'n/a' is not a number", notice);
        Assert.Equal("aad-officer-1", _chat.Connector.Calls.Single(c => c.Path == "/v3/conversations").Body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(WorkbookSync.Failed, again.Outcome);
        Assert.Equal(2, ContentReads); // the broken version is not fetched again until it changes
    }

    [Theory]
    [InlineData(401, "InvalidAuthenticationToken", "refused PerfBot's credentials (401)")]
    [InlineData(403, "accessDenied", "may not read this file (403)")]
    [InlineData(404, "itemNotFound", "found no file at drive b!drive-people-and-health, item 01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K (404)")]
    [InlineData(429, "activityLimitReached", "kept asking PerfBot to slow down (429)")]
    [InlineData(503, "serviceNotAvailable", "Microsoft Graph failed (503)")]
    [InlineData(0, "", "Microsoft Graph could not be read: timed out")]
    public async Task Every_graph_failure_is_logged_the_data_officers_are_told_and_the_store_is_unchanged(int status, string code, string reason)
    {
        await SyncAsync();
        var before = Figures();
        _file = ("4", _file.Content.Replace("31.5", "33.0"));
        _graph.Respond = async (request, _) =>
        {
            if (status == 0) await Task.Delay(TimeSpan.FromSeconds(10), request.HttpContext.RequestAborted);
            return LoopbackGraph.Error(status, code, "Something went wrong.", retryAfterSeconds: status == 429 ? 1 : null);
        };

        var result = Assert.Single(await SyncAsync());

        Assert.Equal(WorkbookSync.Failed, result.Outcome);
        Assert.Contains(reason, result.Summary);
        Assert.Equal(before, Figures());
        Assert.Contains(_logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.StartsWith("Workbook sync of People and Health monthly", StringComparison.Ordinal));
        Assert.Contains(reason, Assert.Single(NoticesToOfficers()));
        var audit = _chat.Bot.Services.GetRequiredService<AuditLog>().Since(null).Last();
        Assert.Equal(("sync", "failed", "People and Health monthly"), (audit.Action, audit.Outcome, audit.Subject));
    }

    [Fact]
    public async Task A_workbook_named_by_its_path_is_found_by_its_path_and_read_by_its_id()
    {
        var options = _chat.Bot.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkbookSourceOptions>>().Value;
        options.Workbooks[0].ItemId = null;
        options.Workbooks[0].Path = "/Performance/Monthly/people-and-health.csv";

        var result = Assert.Single(await SyncAsync());

        Assert.Equal(WorkbookSync.Imported, result.Outcome);
        var paths = _graph.Requests.Select(r => Uri.UnescapeDataString(r.PathAndQuery.Split('?')[0])).ToList();
        Assert.Equal([$"/v1.0/drives/{Drive}/root:/Performance/Monthly/people-and-health.csv:", $"/v1.0/drives/{Drive}/items/{Item}/content"], paths);
    }

    [Fact]
    public async Task A_data_officer_says_sync_now_and_a_member_is_told_who_can()
    {
        var officer = OfficerChat.TextOf(await _chat.SayAsync("sync now"));
        var member = OfficerChat.TextOf(await _chat.SayAsync("sync now", asMember: true));

        Assert.Equal("Synced 1 workbook(s):\n- People and Health monthly: people-and-health-monthly.csv: 1 row — 1 new figure.", officer);
        Assert.StartsWith("Only PerfBot's data officers (Roles:DataOfficers or the Roles:DataOfficersGroup group) can sync the workbooks", member);
        Assert.Equal(1, ContentReads);
    }
}
