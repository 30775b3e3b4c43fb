using Dapper;
using PerfBot.Conversations;

namespace PerfBot.Tests.Conversations;

/// <summary>Every message saves its reference; an unchanged one is written at most once an hour, and never lost to removal.</summary>
public class ConversationReferenceStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ConversationReference Member(string serviceUrl = "https://smba.trafficmanager.net/uk/") =>
        new("a:member-1", "msteams", serviceUrl, ChatScope.Personal, "tenant-1", "28:perfbot", "PerfBot", UserId: "29:member-1", UserAadObjectId: "aad-1");

    private static string? UpdatedAt(TempStore store)
    {
        using var connection = store.Database.Open();
        return connection.QuerySingleOrDefault<string>("SELECT updated_at FROM conversation_references WHERE conversation_id = 'a:member-1'");
    }

    [Fact]
    public void An_unchanged_reference_is_written_again_only_after_an_hour()
    {
        using var store = TempStore.Empty();
        var clock = new FakeTimeProvider(Start);
        var references = new ConversationReferenceStore(store.Database, clock);

        references.Save(Member());
        clock.SetUtcNow(Start.AddMinutes(59));
        references.Save(Member());
        Assert.Equal(Start.ToString("O"), UpdatedAt(store));

        clock.SetUtcNow(Start.AddMinutes(61));
        references.Save(Member());
        Assert.Equal(Start.AddMinutes(61).ToString("O"), UpdatedAt(store));
    }

    [Fact]
    public void A_changed_service_url_is_written_at_once()
    {
        using var store = TempStore.Empty();
        var clock = new FakeTimeProvider(Start);
        var references = new ConversationReferenceStore(store.Database, clock);

        references.Save(Member());
        clock.SetUtcNow(Start.AddMinutes(1));
        references.Save(Member("https://smba.trafficmanager.net/emea/"));

        Assert.Equal("https://smba.trafficmanager.net/emea/", references.Find("a:member-1")!.ServiceUrl);
        Assert.Equal(Start.AddMinutes(1).ToString("O"), UpdatedAt(store));
    }

    [Fact]
    public void A_reference_removed_and_saved_again_is_stored_again()
    {
        using var store = TempStore.Empty();
        var references = new ConversationReferenceStore(store.Database, new FakeTimeProvider(Start));

        references.Save(Member());
        references.Remove("a:member-1", teamId: null);
        Assert.Null(references.Find("a:member-1"));
        references.Save(Member());

        Assert.Equal(Member(), references.Find("a:member-1"));
    }
}
