using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Conversations;
using PerfBot.Teams;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Teams;

/// <summary>
/// What one message can cost: the text PerfBot reads is capped (a longer one gets a polite reply and is not read),
/// and no more questions are answered at once than there are processors, so the host always has room for /healthz.
/// </summary>
public sealed class AnswerLimitsTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task A_message_longer_than_the_cap_gets_a_polite_reply_and_is_not_read()
    {
        var responder = new HeldResponder();
        await using var bot = await BotUnderTest.StartAsync(configureServices: s => s.AddSingleton<IChatResponder>(responder));
        responder.Release();

        var longText = string.Concat(Enumerable.Repeat("how are foster carer numbers ", 20_000));
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, longText[..400_000]))).StatusCode);

        var reply = Assert.Single(await _connector.WaitForCallsAsync(1));
        var text = reply.Body.GetProperty("text").GetString()!;
        Assert.Contains("too long", text);
        Assert.Contains("1,000 characters", text);
        Assert.Equal(0, responder.Entered);
    }

    [Fact]
    public async Task A_message_at_the_cap_is_answered()
    {
        var responder = new HeldResponder();
        await using var bot = await BotUnderTest.StartAsync(configureServices: s => s.AddSingleton<IChatResponder>(responder));
        responder.Release();

        await bot.PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, new string('a', AnswerLimits.MaxTextLength)));

        Assert.Equal("held", Assert.Single(await _connector.WaitForCallsAsync(1)).Body.GetProperty("text").GetString());
        Assert.Equal(1, responder.Entered);
    }

    [Fact]
    public async Task No_more_questions_are_answered_at_once_than_there_are_processors_and_healthz_still_answers()
    {
        var responder = new HeldResponder();
        await using var bot = await BotUnderTest.StartAsync(
            settings: [("Bot:TurnBudget", "00:00:00.050"), ("Bot:TypingDelay", "01:00:00")],
            configureServices: s => s.AddSingleton<IChatResponder>(responder));
        var limits = bot.Services.GetRequiredService<AnswerLimits>();
        var slots = Environment.ProcessorCount;

        for (var i = 0; i < slots + 3; i++)
            Assert.Equal(HttpStatusCode.Accepted, (await bot.PostAsync(TeamsActivities.PersonalMessage(_connector.ServiceUrl, $"question {i}", $"a:chat-{i}", $"msg-{i}"))).StatusCode);
        for (var deadline = DateTime.UtcNow.AddSeconds(20); limits.Waiting < 3 && DateTime.UtcNow < deadline;) await Task.Delay(20);
        Assert.Equal(3, limits.Waiting);

        Assert.Equal(slots, responder.Entered);
        Assert.Equal(HttpStatusCode.OK, (await bot.Http.GetAsync("healthz")).StatusCode);

        responder.Release();
        Assert.Equal(slots + 3, (await _connector.WaitForCallsAsync(slots + 3)).Count);
        Assert.Equal(slots + 3, responder.Entered);
        Assert.Equal(slots, responder.MostAtOnce);
    }

    /// <summary>A responder that holds every answer until released, counting how many were inside it at once.</summary>
    private sealed class HeldResponder : IChatResponder
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _inside, _entered, _mostAtOnce;

        public int Entered => _entered;
        public int MostAtOnce => _mostAtOnce;

        public void Release() => _released.TrySetResult();

        public async Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _entered);
            var inside = Interlocked.Increment(ref _inside);
            for (var most = _mostAtOnce; inside > most; most = _mostAtOnce) Interlocked.CompareExchange(ref _mostAtOnce, inside, most);
            try
            {
                await _released.Task.WaitAsync(cancellationToken);
                return new ChatReply("held");
            }
            finally
            {
                Interlocked.Decrement(ref _inside);
            }
        }
    }
}
