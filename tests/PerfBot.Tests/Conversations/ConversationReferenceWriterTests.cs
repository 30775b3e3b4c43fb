using Microsoft.Extensions.Logging.Abstractions;
using PerfBot.Conversations;

namespace PerfBot.Tests.Conversations;

/// <summary>References saved by inbound activities wait in a bounded queue, one write per conversation, in order, and are written at shutdown.</summary>
public class ConversationReferenceWriterTests
{
    private static ConversationReference Personal(string id, string serviceUrl = "https://smba.trafficmanager.net/uk/") =>
        new(id, "msteams", serviceUrl, ChatScope.Personal, "tenant-1", "28:perfbot", UserId: "29:" + id);

    private static ConversationReference Channel(string id, string team) =>
        new(id, "msteams", "https://smba.trafficmanager.net/uk/", ChatScope.Channel, "tenant-1", "28:perfbot", TeamId: team, TeamsChannelId: id);

    [Fact]
    public void Repeated_saves_of_one_conversation_wait_as_one_write_of_the_newest()
    {
        var pending = new PendingReferences();
        pending.Enqueue(Personal("a:1", "https://smba.trafficmanager.net/uk/"));
        pending.Enqueue(Personal("a:1", "https://smba.trafficmanager.net/emea/"));
        pending.Enqueue(Personal("a:1", "https://smba.trafficmanager.net/amer/"));

        var save = Assert.IsType<PendingReferences.Save>(Assert.Single(pending.Snapshot()));
        Assert.Equal("https://smba.trafficmanager.net/amer/", save.Reference.ServiceUrl);
    }

    [Fact]
    public void A_full_queue_drops_a_new_conversations_save_but_never_a_removal()
    {
        var pending = new PendingReferences(capacity: 2);
        Assert.True(pending.Enqueue(Personal("a:1")));
        Assert.True(pending.Enqueue(Personal("a:2")));

        Assert.False(pending.Enqueue(Personal("a:3")));
        Assert.True(pending.Enqueue(Personal("a:2", "https://smba.trafficmanager.net/emea/"))); // already waiting: updated
        pending.EnqueueRemoval("a:9", teamId: null);

        Assert.Equal(3, pending.Count);
        Assert.False(pending.TryFind("a:3", out _));
        Assert.True(pending.TryFind("a:9", out var removed));
        Assert.Null(removed);
    }

    [Fact]
    public void A_conversation_still_waiting_to_be_written_anchors_its_tenant_and_vouches_for_its_service_url()
    {
        using var store = TempStore.Empty();
        var references = new ConversationReferenceStore(store.Database, TimeProvider.System, new PendingReferences());

        Assert.True(references.SaveLater(Personal("a:1", "https://smba.trafficmanager.net/emea/")));

        Assert.Equal("a:1", references.FindAnyInTenant("tenant-1")?.ConversationId);
        Assert.Null(references.FindAnyInTenant("tenant-2"));
        Assert.True(references.HasServiceUrl("https://smba.trafficmanager.net/emea"));
        Assert.False(references.HasServiceUrl("https://smba.trafficmanager.net/uk/"));
        Assert.Empty(references.All()); // nothing written yet: it was found waiting
    }

    [Fact]
    public async Task Shutdown_writes_what_is_waiting_in_the_order_it_came()
    {
        using var store = TempStore.Empty();
        var pending = new PendingReferences();
        var references = new ConversationReferenceStore(store.Database, TimeProvider.System, pending);
        var writer = new ConversationReferenceWriter(pending, references, TimeProvider.System, NullLogger<ConversationReferenceWriter>.Instance);

        references.SaveLater(Personal("a:1"));
        references.SaveLater(Channel("19:old@thread.tacv2", "19:team"));
        references.RemoveLater("19:team", "19:team"); // the bot leaves the team: its channels go, the save waiting among them too
        references.SaveLater(Channel("19:new@thread.tacv2", "19:team")); // and is added back
        Assert.Equal(Personal("a:1"), references.Find("a:1")); // read as if written while it waits

        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(0, pending.Count);
        Assert.Equal(["19:new@thread.tacv2", "a:1"], new ConversationReferenceStore(store.Database, TimeProvider.System).All().Select(r => r.ConversationId));
    }
}
