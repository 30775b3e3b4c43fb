using Microsoft.Extensions.Options;
using PerfBot.Alerts;
using PerfBot.Briefings;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Delivery;
using PerfBot.Links;
using PerfBot.Store;
using PerfBot.Teams;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Store;

/// <summary>
/// Two instances of the bot on one store, each with its own connections and its own services, as two `perfbot serve`
/// processes have: what one of them learns or is told is what the other acts on.
/// </summary>
public abstract class SharedStoreTests : IDisposable
{
    public sealed class OnSqlite() : SharedStoreTests(StoreEngine.Sqlite);

    [Collection(PostgresCollection.Name)]
    public sealed class OnPostgres() : SharedStoreTests(StoreEngine.Postgres);

    private const string Channel = "19:people-and-health@thread.tacv2";
    private readonly TempStore _store;
    private readonly Database _other;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2025-10-06T07:00:00Z"));

    protected SharedStoreTests(StoreEngine engine)
    {
        _store = TempStore.WithDemoData(engine);
        _other = new Database(_store.Database.Address); // the other instance's own connections
    }

    private Database This => _store.Database;

    private long Committee => new CommitteeRepository(This).Committees().Single().Id;

    private static ConversationReference ChannelReference(string serviceUrl = "https://smba.trafficmanager.net/uk/") =>
        new(Channel, "msteams", serviceUrl, ChatScope.Channel, "tenant-1", "28:perfbot", "PerfBot", "19:team@thread.tacv2", Channel);

    [Fact]
    public void A_conversation_the_other_instance_removed_is_stored_again_when_the_bot_is_added_back_here()
    {
        var here = new ConversationReferenceStore(This, _clock);
        here.Save(ChannelReference());
        new ConversationReferenceStore(_other, _clock).Remove(Channel, teamId: null); // the uninstall reached the other

        here.SaveLater(ChannelReference(), installed: true); // the bot is added back, through this one, within the hour

        Assert.NotNull(new ConversationReferenceStore(_other, _clock).Find(Channel));
    }

    [Fact]
    public void A_service_url_the_other_instance_learned_is_one_this_instance_may_call()
    {
        var options = Options.Create(new BotOptions { AppId = "00000000-0000-0000-0000-000000000001" });
        var here = new TrustedServiceUrls(options, new ConversationReferenceStore(This, _clock));
        Assert.False(here.IsTrusted("https://smba.trafficmanager.net/emea/"));

        new ConversationReferenceStore(_other, _clock).Save(ChannelReference("https://smba.trafficmanager.net/emea/"));

        Assert.True(here.IsTrusted("https://smba.trafficmanager.net/emea"));
        Assert.False(here.IsTrusted("https://attacker.example/"));
    }

    [Fact]
    public void A_channel_linked_through_the_other_instance_is_one_this_instance_sends_the_digest_to()
    {
        var references = new ConversationReferenceStore(_other, _clock);
        references.Save(ChannelReference());
        new CommitteeChannelLinks(_other, _clock).LinkChannel(Channel, Committee, new ChatUser("29:clerk", "Committee clerk", "aad-clerk"));

        Assert.Equal([Channel], new LinkedChannels(new ConversationReferenceStore(This, _clock)).ChannelsOf(Committee));
    }

    [Fact]
    public void An_indicator_followed_through_the_other_instance_is_in_the_alerts_this_one_composes()
    {
        var indicator = new IndicatorRepository(This).Indicators().First().Id;
        var there = new AlertStore(_other, _clock, new Outbox(_other, _clock));
        there.SaveRecipient(new AlertStore.Recipient("29:officer", "An officer", null, "a:officer-chat"));
        there.Subscribe("29:officer", new AlertBaseline(indicator, null, null, false));

        var here = new AlertStore(This, _clock, new Outbox(This, _clock));
        Assert.Equal([indicator], here.Subscriptions("29:officer"));
        Assert.Equal("a:officer-chat", here.FindRecipient("29:officer")!.ConversationId);
    }

    [Fact]
    public void Briefing_settings_saved_through_the_other_instance_are_the_ones_this_one_briefs_by()
    {
        new CommitteeBriefingSettingsStore(_other).Save(new CommitteeBriefingSettings(Committee, WorkingDaysBefore: 3, PostToChannel: true, ChairAadObjectId: "aad-chair"));

        Assert.Equal(new CommitteeBriefingSettings(Committee, 3, true, "aad-chair"), new CommitteeBriefingSettingsStore(This).For(Committee));
    }

    [Fact]
    public async Task Both_instances_starting_at_once_sign_brief_links_with_one_key()
    {
        var keys = await Task.WhenAll(
            Task.Run(() => LinkKey.Resolve(null, This, _clock)),
            Task.Run(() => LinkKey.Resolve(null, _other, _clock)));

        Assert.Equal(Convert.ToBase64String(keys[0]), Convert.ToBase64String(keys[1]));
        var signer = new LinkSigner(keys[0], _clock);
        var expires = signer.Expiry(TimeSpan.FromDays(1));
        var signature = signer.Sign("brief", expires, "brief-1", "aad-chair");
        Assert.Equal(LinkSigner.Check.Valid, new LinkSigner(keys[1], _clock).Verify("brief", expires.ToString(System.Globalization.CultureInfo.InvariantCulture), signature, "brief-1", "aad-chair"));
    }

    public void Dispose()
    {
        _other.Dispose();
        _store.Dispose();
    }
}
