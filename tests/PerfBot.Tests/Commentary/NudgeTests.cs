using Dapper;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Commentary;
using PerfBot.Tests.Uploads;

namespace PerfBot.Tests.Commentary;

/// <summary>
/// Three working days before the People and Health brief for 1 April 2026 is composed (25 March), owners of its exceptions
/// without commentary are asked for it: each once, through the outbox, and not again after a restart.
/// </summary>
public sealed class NudgeTests : IAsyncLifetime
{
    // Thursday 19 March 2026, 08:00 in London: four working days before Wednesday 25 March.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 19, 8, 0, 0, TimeSpan.Zero));
    private readonly TempStore _store = TempStore.WithDemoData();
    private OfficerChat _chat = null!;

    public async Task InitializeAsync()
    {
        using (var connection = _store.Database.Open())
        {
            void Own(string code, string owner, bool keepCommentary = false) => connection.Execute(
                $"UPDATE indicators SET owner = @owner WHERE code = @code; {(keepCommentary ? "" : "UPDATE measurements SET commentary = NULL WHERE period = 'Q2 2025/26' AND indicator_id = (SELECT id FROM indicators WHERE code = @code);")}",
                new { code, owner });
            Own("ehcp-issued-20-weeks", "aad-owner-a");
            Own("independent-special-school-places", "aad-owner-a");
            Own("repeat-cp-plans", "Owner.B@dorsetcouncil.gov.uk");
            Own("permanent-exclusions-rate", "aad-owner-c", keepCommentary: true);
            Own("bnb-families-over-6-weeks", "stranger@dorsetcouncil.gov.uk");
            // The owner named by email has used PerfBot before: the roster gave their email for their Entra object id.
            connection.Execute("INSERT INTO people (aad_object_id, name, email, seen_at) VALUES ('aad-owner-b', 'Owner B', 'owner.b@dorsetcouncil.gov.uk', '2026-03-01T09:00:00.000Z')");
        }
        _chat = await OfficerChat.StartAsync(store: _store, keepStore: true, clock: _clock);
    }

    public async Task DisposeAsync()
    {
        await _chat.DisposeAsync();
        _store.Dispose();
    }

    private Task<NudgeDispatcher.Run> NudgeAsync() => _chat.Bot.Services.GetRequiredService<NudgeDispatcher>().SendDueAsync(CancellationToken.None);

    private List<(string Member, string Text)> Nudged(Support.FakeConnector connector)
    {
        var started = connector.Calls.Where(c => c.Path == "/v3/conversations").ToList();
        return started.Select(c => (c.Body.GetProperty("members")[0].GetProperty("id").GetString()!,
            c.Body.TryGetProperty("activity", out var a) && a.ValueKind == System.Text.Json.JsonValueKind.Object ? a.GetRawText() : "")).ToList();
    }

    [Fact]
    public async Task Each_owner_of_an_uncommented_exception_is_nudged_once_and_not_again_after_a_restart()
    {
        _clock.Advance(TimeSpan.FromDays(1)); // Friday 20 March: three working days before the brief
        var first = await NudgeAsync();

        Assert.Equal((1, 2, 1, 2), (first.Due, first.Queued, first.Unreachable, first.Sending.Sent));
        Assert.Equal(["aad-owner-a", "aad-owner-b"], Nudged(_chat.Connector).Select(n => n.Member).Order());
        var messages = _chat.Connector.Calls.Where(c => c.Path.StartsWith("/v3/conversations/conversation-", StringComparison.Ordinal))
            .Select(c => c.Body.GetProperty("summary").GetString() + c.Body.GetProperty("attachments")[0].GetProperty("content").ToString()).ToList();
        Assert.Equal(2, messages.Count);
        var ownerA = Assert.Single(messages, m => m.Contains("Independent Special School places", StringComparison.Ordinal));
        Assert.Contains("Percentage of Education, Health", ownerA);
        Assert.Contains("commentary for ehcp-issued-20-weeks", ownerA);
        Assert.Contains("The People and Health Scrutiny Committee's brief for its meeting on 1 April 2026 is composed on 25 March 2026.", ownerA);
        Assert.DoesNotContain(messages, m => m.Contains("permanent", StringComparison.OrdinalIgnoreCase)); // it has commentary

        var again = await NudgeAsync();
        _clock.Advance(TimeSpan.FromDays(3)); // Monday 23 March: still before the brief, already nudged
        var nextDay = await NudgeAsync();
        Assert.Equal((0, 0), (again.Sending.Sent, nextDay.Sending.Sent));
        Assert.Equal(2, Nudged(_chat.Connector).Count);

        await _chat.DisposeAsync();
        _chat = await OfficerChat.StartAsync(store: _store, keepStore: true, clock: _clock);
        var afterRestart = await NudgeAsync();

        Assert.Equal((2, 0), (afterRestart.Queued, afterRestart.Sending.Sent));
        Assert.Empty(Nudged(_chat.Connector));
    }

    [Fact]
    public async Task No_nudge_before_the_third_working_day_before_the_brief_nor_once_it_is_composed()
    {
        var early = await NudgeAsync();
        _clock.Advance(TimeSpan.FromDays(6)); // Wednesday 25 March: the brief is composed today
        var late = await NudgeAsync();

        Assert.Equal((0, 0), (early.Due, late.Due));
        Assert.Empty(Nudged(_chat.Connector));
    }
}
