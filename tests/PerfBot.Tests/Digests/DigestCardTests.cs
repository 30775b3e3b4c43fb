using PerfBot.Alerts;
using PerfBot.Committees;
using PerfBot.Digests;
using PerfBot.Delivery;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Digests;

public sealed class DigestCardTests : IDisposable
{
    private readonly TempStore _store = TempStore.WithDemoData();

    private Digest Demo(DateOnly asOf, DigestSnapshot? previous = null)
    {
        var committee = new CommitteeRepository(_store.Database).Committees().Single();
        var statuses = new IndicatorRepository(_store.Database).StatusesOfCommittee(committee.Id, asOf);
        return DigestComposer.Compose(committee, statuses, asOf, previous);
    }

    [Fact]
    public async Task Digest_and_alert_cards_parse_cleanly_in_the_adaptive_cards_library_and_stay_small()
    {
        var full = Demo(new DateOnly(2025, 10, 6));
        var changed = Demo(new DateOnly(2025, 10, 6), new DigestSnapshot(new DateOnly(2025, 9, 29), [new SnapshotEntry("gone", "Gone", Rag.Red)]));
        var quiet = Demo(new DateOnly(2026, 11, 23));
        var alert = new OfficerAlert("u", "Sam", new DateOnly(2026, 1, 5), [
            new AlertLine("x", "X", "Q3 2025/26", 96, 95, "%", Rag.Red, Rag.Green, Direction.Improving, true, false, "Q3 report", Owned: true)]);
        var cards = new[] { DigestCard.Build(full), DigestCard.Build(changed), DigestCard.Build(quiet), AlertCard.Build(alert) };

        var problems = await AdaptiveCardsLibrary.ProblemsAsync(cards);

        Assert.All(problems, p => Assert.Empty(p));
        Assert.All(cards, c => Assert.True(c.ToJson().Length < 40_000, $"{c.ToJson().Length} bytes"));
        Assert.Contains("No exceptions; 0 indicators on track; latest data none current.", cards[2].ToJson());
        Assert.Contains("and 35 more", cards[2].ToJson());
    }

    [Fact]
    public void The_outbox_message_is_rebuilt_into_the_same_card_on_every_send()
    {
        var digest = Demo(new DateOnly(2025, 10, 6));
        var message = new OutboxMessage(1, "k", DigestStore.OutboxKind, 1, null, "19:a", null, null, DigestText.Write(digest), StoredJson.Write(digest), 0, null, null);

        var renderers = new OutboxRenderers([new OutboxRenderer<Digest>(DigestStore.OutboxKind, DigestCard.Build)]);
        var first = renderers.Reply(message);
        var second = renderers.Reply(message);

        Assert.Equal(first.Card!.ToJson(), second.Card!.ToJson());
        Assert.StartsWith(first.Text.TrimEnd('…'), DigestText.Write(digest), StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();
}
