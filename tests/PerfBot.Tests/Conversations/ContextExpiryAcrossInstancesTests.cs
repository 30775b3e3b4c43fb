using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Questions.Conversing;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Conversations;

/// <summary>
/// Two bot hosts on one PostgreSQL store, each through its own POST /api/messages, on one test clock: a context kept
/// by one is the other's until its half hour is up and nobody's after, and a context store that fails costs the
/// follow-up its context but never the answer.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ContextExpiryAcrossInstancesTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-12-01T10:00:00Z"));
    private readonly TempStore _store = TempStore.WithDemoData(StoreEngine.Postgres);
    private FakeConnector _connector = null!;
    private BotUnderTest _a = null!, _b = null!;
    private int _messages;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _a = await BotUnderTest.StartAsync(_store, configureServices: services => services.AddSingleton<TimeProvider>(_clock), keepStore: true);
        _b = await BotUnderTest.StartAsync(_store, configureServices: services => services.AddSingleton<TimeProvider>(_clock), keepStore: true);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
        _store.Dispose();
    }

    private async Task<string> AskAsync(BotUnderTest bot, string text)
    {
        var activity = TeamsActivities.PersonalMessage(_connector.ServiceUrl, text, "a:personal-chat-1", id: $"msg-{_messages + 1}");
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(activity)).StatusCode);
        var reply = (await _connector.WaitForCallsAsync(++_messages, where: c => c.Body.TryGetProperty("type", out var type) && type.GetString() == "message"))[^1].Body;
        return TeamsActivities.WordsOf(reply);
    }

    [Fact]
    public async Task A_context_kept_by_one_instance_serves_the_other_for_half_an_hour_and_then_nobody()
    {
        Assert.IsType<StoredConversationContexts>(_b.Services.GetRequiredService<IConversationContexts>());
        Assert.StartsWith("Number of active foster carers", await AskAsync(_a, "how are foster carers doing?"));
        _clock.Advance(ConversationContext.Lifetime - TimeSpan.FromSeconds(1));
        Assert.StartsWith("Number of active foster carers", await AskAsync(_b, "what's the target?"));

        _clock.Advance(ConversationContext.Lifetime);

        Assert.StartsWith("What is that about?", await AskAsync(_a, "how come?"));
        Assert.StartsWith("What is that about?", await AskAsync(_b, "and last year?"));
    }

    [Fact]
    public async Task A_context_store_that_fails_leaves_the_answer_whole_and_the_follow_up_asked_what_it_is_about()
    {
        using (var connection = _store.Database.Open()) connection.Execute("ALTER TABLE conversation_contexts RENAME TO conversation_contexts_gone");

        var answer = await AskAsync(_a, "how are foster carers doing?");
        Assert.StartsWith("Number of active foster carers", answer);
        Assert.Contains("Oct-20: 206", answer);
        Assert.StartsWith("What is that about?", await AskAsync(_b, "how come?"));
    }
}
