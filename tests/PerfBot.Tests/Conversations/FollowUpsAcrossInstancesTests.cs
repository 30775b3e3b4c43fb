using System.Text.Json.Nodes;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Conversations;

/// <summary>
/// Two `perfbot serve` processes on one PostgreSQL store behind no session affinity, one loopback Bot Connector: a
/// question answered by one instance is followed up through the other, in a 1:1 chat and by two people in one channel
/// thread, and each follow-up carries on from the right question.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class FollowUpsAcrossInstancesTests : IAsyncLifetime
{
    private const string Thread = $"{TeamsActivities.ChannelId};messageid=1700000000001";
    private readonly TempStore _store = TempStore.WithDemoData(StoreEngine.Postgres);
    private FakeConnector _connector = null!;
    private ServeProcess _a = null!, _b = null!;
    private int _turns;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var instances = await Task.WhenAll(ServeProcess.StartAsync("a", _store.Database.ConnectionString, [("Schedule:Enabled", "false")]),
            ServeProcess.StartAsync("b", _store.Database.ConnectionString, [("Schedule:Enabled", "false")]));
        (_a, _b) = (instances[0], instances[1]);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
        _store.Dispose();
    }

    /// <summary>Posts the activity to the instance and returns the words of the reply the connector received for it.</summary>
    private async Task<string> SayAsync(ServeProcess instance, JsonObject activity)
    {
        var id = activity["id"]!.GetValue<string>();
        Assert.True((await instance.PostAsync(activity)).IsSuccessStatusCode);
        var reply = (await _connector.WaitForCallsAsync(1, TimeSpan.FromSeconds(30),
            c => c.Method == "POST" && Uri.UnescapeDataString(c.Path).EndsWith($"/activities/{id}", StringComparison.Ordinal)
                && c.Body.GetProperty("type").GetString() == "message")).Single();
        return TeamsActivities.WordsOf(reply.Body);
    }

    private Task<string> AskAsync(ServeProcess instance, string text) =>
        SayAsync(instance, TeamsActivities.PersonalMessage(_connector.ServiceUrl, text, "a:personal-chat-1", id: $"msg-{++_turns}"));

    private Task<string> InChannelAsync(ServeProcess instance, string user, string text)
    {
        var activity = TeamsActivities.ChannelMessage(_connector.ServiceUrl, text, id: $"17000000000{++_turns + 10}");
        activity["conversation"]!["id"] = Thread;
        activity["from"] = new JsonObject { ["id"] = user, ["name"] = user[3..], ["aadObjectId"] = $"aad-{user}" };
        return SayAsync(instance, activity);
    }

    [Fact]
    public async Task A_follow_up_posted_to_the_other_instance_is_answered_with_the_first_ones_context_and_the_newest_context_wins()
    {
        Assert.StartsWith("Number of active foster carers", await AskAsync(_a, "how are foster carers doing?"));

        var why = await AskAsync(_b, "how come?");
        Assert.StartsWith("Number of active foster carers", why);
        Assert.Contains("Commentary", why);

        // B's answer moved the subject on; A, which last saw foster carers, follows B's newer context.
        Assert.StartsWith("Percentage of looked after children placed outside the council area", await AskAsync(_b, "LAC out of area"));
        var england = await AskAsync(_a, "how does that compare with England?");
        Assert.StartsWith("Percentage of looked after children placed outside the council area", england);
        Assert.Contains("England", england);
    }

    [Fact]
    public async Task Two_people_in_one_channel_thread_keep_their_own_subjects_whichever_instance_each_turn_reaches()
    {
        Assert.StartsWith("Number of active foster carers", await InChannelAsync(_a, "29:alice", "foster carers"));
        Assert.StartsWith("Percentage of Education, Health & Care Plans", await InChannelAsync(_b, "29:bob", "EHCPs in 20 weeks"));

        Assert.StartsWith("Number of active foster carers", await InChannelAsync(_b, "29:alice", "why?"));
        Assert.StartsWith("Percentage of Education, Health & Care Plans", await InChannelAsync(_a, "29:bob", "why?"));
        Assert.StartsWith("What is that about?", await InChannelAsync(_b, "29:carol", "and the target?"));
    }
}
