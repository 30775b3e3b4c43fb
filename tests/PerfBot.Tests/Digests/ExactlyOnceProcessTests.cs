using PerfBot.Digests;
using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Testing;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Digests;

/// <summary>
/// Exactly once with real processes: perfbot digest is killed (Environment.FailFast, as the FaultInjection seam does)
/// between compose and send, or after a send, then run again; the loopback connector counts what each channel got.
/// </summary>
public sealed class ExactlyOnceProcessTests : IAsyncLifetime
{
    private const string ChannelA = "19:people-and-health@thread.tacv2";
    private const string ChannelB = "19:people-and-health-members@thread.tacv2";
    private readonly TempStore _store = TempStore.WithDemoData();
    private FakeConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        var references = new ConversationReferenceStore(_store.Database, TimeProvider.System);
        var links = new CommitteeChannelLinks(_store.Database, TimeProvider.System);
        var committee = new CommitteeRepository(_store.Database).Committees().Single();
        foreach (var channel in new[] { ChannelA, ChannelB })
        {
            references.Save(new ConversationReference(channel, "msteams", _connector.ServiceUrl, ChatScope.Channel, TeamsActivities.Tenant, TeamsActivities.BotId,
                TeamsActivities.BotName, TeamsActivities.TeamId, channel));
            links.LinkChannel(channel, committee.Id, new ChatUser("29:clerk", "Committee clerk", "aad-clerk"));
        }
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        _store.Dispose();
    }

    private ProcessOutcome Digest(string? crashAt) => ChildProcess.PerfbotAsync(
        ["--db", _store.Database.Path, "digest", "--committee", "people & health scrutiny", "--as-of", "2025-10-06"],
        new Dictionary<string, string> { ["FaultInjection__CrashAt"] = crashAt ?? "" }).GetAwaiter().GetResult();

    private int Received(string channel) => _connector.Calls.Count(c => c.Method == "POST" && Uri.UnescapeDataString(c.Path) == $"/v3/conversations/{channel}/activities");

    private Outbox Outbox => new(_store.Database, TimeProvider.System);

    [Fact]
    public void Killed_between_compose_and_send_sends_once_on_the_next_run_and_never_again()
    {
        var crashed = Digest(FaultInjection.AfterCompose);

        Assert.NotEqual(0, crashed.ExitCode);
        Assert.Contains("Fault injection: crashing at 'after-compose'", crashed.Error);
        Assert.Empty(_connector.Calls);
        Assert.Equal(2, Outbox.Unsent().Count); // composed and stored for both channels, nothing sent

        var restarted = Digest(crashAt: null);
        var again = Digest(crashAt: null);

        Assert.True(restarted.ExitCode == 0, restarted.Error);
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Equal((1, 1), (Received(ChannelA), Received(ChannelB)));
        Assert.Empty(Outbox.Unsent());
        Assert.All(Outbox.OfDigest(Outbox.Find(DigestStore.Key(1, "2025-W41", ChannelA))!.DigestId!.Value), m => Assert.StartsWith("activity-", m.ActivityId));
        var card = _connector.Calls.First().Body.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("contentType").GetString());
        Assert.Contains("Percentage of looked after children placed outside the council area", card.GetProperty("content").GetRawText());
    }

    [Fact]
    public void Killed_after_the_first_send_sends_only_the_other_channel_on_the_next_run()
    {
        var crashed = Digest(FaultInjection.AfterSend);

        Assert.NotEqual(0, crashed.ExitCode);
        Assert.Equal(1, Received(ChannelA) + Received(ChannelB));

        Assert.Equal(0, Digest(crashAt: null).ExitCode);
        Assert.Equal(0, Digest(crashAt: null).ExitCode);

        Assert.Equal((1, 1), (Received(ChannelA), Received(ChannelB)));
    }

    [Fact]
    public void A_429_is_waited_out_and_the_channel_still_gets_the_digest_once()
    {
        _connector.ThenAnswer(http =>
        {
            http.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        });

        var run = Digest(crashAt: null);

        Assert.True(run.ExitCode == 0, run.Error);
        var accepted = _connector.Calls.Count - 1; // the first call was answered 429
        Assert.Equal(2, accepted);
        Assert.Empty(Outbox.Unsent());
        Assert.Contains("sent to 2 channel(s) now", run.Error);
    }
}
