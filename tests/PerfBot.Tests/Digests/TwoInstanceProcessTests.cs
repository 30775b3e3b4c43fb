using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Store;
using PerfBot.Testing;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Digests;

/// <summary>
/// Two `perfbot serve` processes on one PostgreSQL store, each on its own loopback port with its scheduler running, and
/// one loopback Bot Connector: what goes out goes out once whichever instance sends it, one instance killed with -9
/// mid-send leaves the rest to the other, and either answers. "Nothing more was sent" is read from the connector's
/// calls once the instances' logs say the sweeps that could have sent it are done.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoInstanceProcessTests : IAsyncLifetime
{
    private static readonly string[] Channels = ["19:channel-1@thread.tacv2", "19:channel-2@thread.tacv2", "19:channel-3@thread.tacv2", "19:channel-4@thread.tacv2"];
    private const string Every2Seconds = "0/2 * * * * ?";
    private readonly TempStore _store = TempStore.WithDemoData(StoreEngine.Postgres);
    private readonly List<ServeProcess> _instances = [];
    private FakeConnector _connector = null!;

    private string StoreUrl => _store.Database.ConnectionString;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        await _connector.DisposeAsync();
        _store.Dispose();
    }

    /// <summary>Channels with the bot installed (their references point at the loopback connector), linked to the demo committee.</summary>
    private void LinkChannels(int count)
    {
        var references = new ConversationReferenceStore(_store.Database, TimeProvider.System);
        var links = new CommitteeChannelLinks(_store.Database, TimeProvider.System);
        var committee = new CommitteeRepository(_store.Database).Committees().Single();
        foreach (var channel in Channels.Take(count))
        {
            references.Save(new ConversationReference(channel, "msteams", _connector.ServiceUrl, ChatScope.Channel, TeamsActivities.Tenant, TeamsActivities.BotId,
                TeamsActivities.BotName, TeamsActivities.TeamId, channel));
            links.LinkChannel(channel, committee.Id, new ChatUser("29:clerk", "Committee clerk", "aad-clerk"));
        }
    }

    private async Task<ServeProcess> Start(string name, IEnumerable<(string, string)> settings, IReadOnlyDictionary<string, string>? environment = null)
    {
        (string, string)[] shared =
        [
            ("Schedule:OutboxRetryCron", "0/1 * * * * ?"), ("Schedule:ClusterCheckinInterval", "00:00:01"), ("Delivery:Lease", "00:00:05"),
            ("Logging:LogLevel:PerfBot.Delivery", "Debug"),
        ];
        var instance = await ServeProcess.StartAsync(name, StoreUrl, [.. shared, .. settings], environment);
        _instances.Add(instance);
        return instance;
    }

    private int Posts(string channel) => _connector.Calls.Count(c => c.Method == "POST" && Uri.UnescapeDataString(c.Path) == $"/v3/conversations/{channel}/activities");

    private static bool IsDigestRun(ServeProcess.LogLine line) => line.Category == "PerfBot.Digests.DigestJob" && line.Message.StartsWith("Digest ", StringComparison.Ordinal);

    private static bool IsIdleRetry(ServeProcess.LogLine line) => line.Category == "PerfBot.Delivery.OutboxRetryJob" && line.Message.StartsWith("Outbox retry: 0 sent, 0 failed, 0 held", StringComparison.Ordinal);

    [Fact]
    public async Task A_scheduled_digest_to_a_linked_channel_is_delivered_once_by_two_clustered_instances()
    {
        LinkChannels(1);
        var instances = await Task.WhenAll(Start("a", [("Schedule:DigestCron", Every2Seconds)]), Start("b", [("Schedule:DigestCron", Every2Seconds)]));

        var delivered = (await _connector.WaitForCallsAsync(1, TimeSpan.FromSeconds(60), c => c.Method == "POST")).First().At;
        // The digest trigger fires on, every two seconds, on whichever instance takes it, and the outbox is swept every second.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && instances.SelectMany(i => i.Log).Count(l => IsDigestRun(l) && l.At > delivered) < 3) await Task.Delay(50);
        foreach (var instance in instances) await instance.WaitForLogAsync(l => l.Category == "PerfBot.Delivery.OutboxStartupSweep");
        await Task.WhenAny(instances.Select(i => i.WaitForLogAsync(l => IsIdleRetry(l) && l.At > delivered)));

        Assert.True(instances.SelectMany(i => i.Log).Count(l => IsDigestRun(l) && l.At > delivered) >= 3, "the digest job ran on after the send");
        Assert.Equal(1, Posts(Channels[0]));
        Assert.Equal(1, _connector.Calls.Count(c => c.Method == "POST"));
    }

    [Fact]
    public async Task Killed_with_minus_9_mid_send_the_other_instance_sends_the_rest_once_and_runs_the_interrupted_job_again()
    {
        LinkChannels(4);
        // The first instance alone fires the digest, sends one channel's, and stops dead right after with its lease on the rest.
        var first = await Start("first", [("Schedule:DigestCron", Every2Seconds), ("Schedule:OutboxRetryCron", "0 0 8 ? * MON")], new Dictionary<string, string> { ["FaultInjection__HoldAt"] = FaultInjection.AfterSend });
        await first.WaitForErrorAsync("Fault injection: holding at 'after-send'");
        Assert.Single(_connector.Calls, c => c.Method == "POST");
        // The second keeps the digest to its Monday cron: any digest job it runs now is the interrupted one, recovered.
        var second = await Start("second", []);
        // Its scheduler is running (a job has fired on it) while the first is alive: a scheduler that would re-run the
        // first's job without a cluster (at its own start) has done so by now.
        await second.WaitForLogAsync(l => l.Category == "PerfBot.Delivery.OutboxRetryJob");

        var killed = DateTimeOffset.UtcNow;
        first.Kill();
        var again = await second.WaitForLogAsync(l => l.Message.StartsWith("Running Weekly digest of the People and Health Scrutiny Committee again", StringComparison.Ordinal),
            TimeSpan.FromSeconds(90));
        await second.WaitForLogAsync(l => l.Category == "PerfBot.Scheduling.RecoveredJobsLog" && l.Message.StartsWith("Recovered Weekly digest", StringComparison.Ordinal)
            && l.Message.EndsWith("finished", StringComparison.Ordinal), TimeSpan.FromSeconds(90));
        var recovered = second.Log.Last().At;
        await second.WaitForLogAsync(l => IsIdleRetry(l) && l.At > recovered);

        Assert.All(Channels, channel => Assert.Equal(1, Posts(channel)));
        Assert.Equal(4, _connector.Calls.Count(c => c.Method == "POST"));
        Assert.True(again.At > killed, "the interrupted job was run again only once its instance was dead");
    }

    [Fact]
    public async Task A_question_to_either_instance_is_answered_once()
    {
        var instances = await Task.WhenAll(Start("a", []), Start("b", []));

        for (var i = 0; i < instances.Length; i++)
            await instances[i].PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "how is the percentage of looked after children placed outside the council area?",
                conversationId: $"a:member-{i}", id: $"question-{i}"));

        // Replies only: under load the bot shows it is typing first, in the same conversations.
        var replies = await _connector.WaitForCallsAsync(2, TimeSpan.FromSeconds(30), c => c.Method == "POST" && c.Path.Contains("/activities/question-", StringComparison.Ordinal));
        Assert.Equal(["/v3/conversations/a:member-0/activities/question-0", "/v3/conversations/a:member-1/activities/question-1"],
            replies.Select(r => Uri.UnescapeDataString(r.Path)).Order());
        Assert.All(replies, r => Assert.Contains("Percentage of looked after children placed outside the council area", r.Body.GetRawText()));
    }

    [Fact]
    public async Task An_import_while_both_run_is_answered_by_each_within_the_refresh_interval()
    {
        var refresh = TimeSpan.FromSeconds(10);
        var instances = await Task.WhenAll(Start("a", [("Questions:RefreshInterval", refresh.ToString())]), Start("b", [("Questions:RefreshInterval", refresh.ToString())]));
        var file = _store.WriteFile("gritting.csv", "indicator,committee,period,value\nWinter gritting routes completed,People and Health Scrutiny Committee,Oct-25,97\n");

        var import = await ChildProcess.PerfbotAsync(["import", file], new Dictionary<string, string> { ["PERFBOT_DB"] = StoreUrl });
        Assert.True(import.ExitCode == 0, import.ToString());
        var imported = DateTimeOffset.UtcNow;

        for (var i = 0; i < instances.Length; i++)
        {
            var answered = false;
            for (var attempt = 0; !answered && DateTimeOffset.UtcNow - imported < refresh + TimeSpan.FromSeconds(5); attempt++)
            {
                var id = $"gritting-{i}-{attempt}";
                await instances[i].PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, "how is winter gritting routes completed?", $"a:member-{i}", id));
                var reply = (await _connector.WaitForCallsAsync(1, TimeSpan.FromSeconds(30), c => c.Path.EndsWith(id, StringComparison.Ordinal))).Single();
                answered = reply.Body.GetRawText().Contains("Oct-25: 97", StringComparison.Ordinal);
                if (!answered) await Task.Delay(200);
            }
            Assert.True(answered, $"instance {instances[i].Name} did not answer from the import within {refresh}");
        }
    }
}
