using PerfBot.Links;
using PerfBot.Conversations.Commands;
using Microsoft.Extensions.DependencyInjection;
using PerfBot.Briefings;
using PerfBot.Committees;
using PerfBot.Conversations;

namespace PerfBot.Tests.Briefings;

/// <summary>
/// "brief" in chat: to the committee's chair and the people it names (by Entra object id or email), in 1:1 wherever they
/// ask; never to someone else, not even in the committee's channel.
/// </summary>
public sealed class BriefChatCommandTests : IDisposable
{
    private const string ChannelId = "19:ph@thread.tacv2";
    private static readonly ChatUser Member = new("29:member", "Cllr Piers Brown", "member-oid");
    private static readonly ChatUser ChairUser = new("29:chair", "Cllr Gill Taylor", "chair-oid");
    private static readonly ChatUser Named = new("29:named", "Cllr Asha Khan", "named-oid");
    private static readonly ChatPlace Channel = new(ChatScope.Channel, ChannelId + ";messageid=1", "tenant", "19:team@thread.tacv2", ChannelId);
    private static readonly ChatPlace Personal = new(ChatScope.Personal, "a:1:1", "tenant");

    private readonly DemoStore store = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
    private readonly RecordingMessenger messenger = new();
    private readonly Roster roster = new();
    private readonly BriefChatCommand command;

    private readonly ServiceProvider services;

    public BriefChatCommandTests()
    {
        services = new ServiceCollection()
            .AddSingleton<IMessenger>(messenger)
            .AddSingleton<IMemberDirectory>(roster)
            .AddBriefingsOver(store.Database, clock, delivery: null)
            .Configure<PublicAddress>(o => o.BaseUrl = new Uri("https://perfbot.example.gov.uk"))
            .BuildServiceProvider();
        services.GetRequiredService<ConversationReferenceStore>().Save(new ConversationReference(ChannelId, "msteams", "https://smba.trafficmanager.net/emea/", ChatScope.Channel,
            "tenant", "28:bot", TeamId: "19:team@thread.tacv2", TeamsChannelId: ChannelId));
        services.GetRequiredService<CommitteeChannelLinks>().LinkChannel(ChannelId, store.PeopleAndHealth.Id, ChairUser);
        services.GetRequiredService<CommitteeBriefingSettingsStore>().Save(new CommitteeBriefingSettings(store.PeopleAndHealth.Id, ChairAadObjectId: "chair-oid"));
        services.GetRequiredService<BriefingRecipients>().Add(store.PeopleAndHealth.Id, "Asha.Khan@example.gov.uk");
        command = services.GetRequiredService<IEnumerable<IChatCommand>>().OfType<BriefChatCommand>().Single();
    }

    public void Dispose()
    {
        services.Dispose();
        store.Dispose();
    }

    /// <summary>The channel's roster as Teams answers it: an email for each member it knows.</summary>
    private sealed class Roster : IMemberDirectory
    {
        public Task<MemberProfile?> FindAsync(ConversationReference conversation, string userId, CancellationToken cancellationToken) =>
            Task.FromResult(userId switch
            {
                "29:named" => new MemberProfile("Cllr Asha Khan", "asha.khan@example.gov.uk", "asha.khan@example.gov.uk"),
                "29:member" => new MemberProfile("Cllr Piers Brown", "piers.brown@example.gov.uk", "piers.brown@example.gov.uk"),
                _ => null,
            });
    }

    private sealed class RecordingMessenger : IMessenger
    {
        public List<(string To, ChatReply Reply)> Personal { get; } = [];
        public Task<string?> SendAsync(ConversationReference to, ChatReply message, CancellationToken cancellationToken) => Task.FromResult<string?>("1");
        public Task<SentMessage> StartPersonalChatAsync(string userAadObjectId, string tenantId, ChatReply message, CancellationToken cancellationToken)
        {
            Personal.Add((userAadObjectId, message));
            return Task.FromResult(new SentMessage("a:1:1", "1"));
        }
    }

    [Fact]
    public async Task A_member_asking_in_the_committees_channel_who_is_neither_chair_nor_named_is_refused_and_sent_nothing()
    {
        var reply = await command.RunAsync(new ChatTurn("brief", Member, Channel), CancellationToken.None);

        Assert.StartsWith("Only the People and Health Scrutiny Committee's chair and the people it names for its brief can receive its brief, so I have not sent it.", reply.Text);
        Assert.Empty(messenger.Personal);
    }

    [Fact]
    public async Task Someone_the_committee_names_by_email_gets_it_in_1_1_with_their_own_link_when_they_ask_in_its_channel()
    {
        var reply = await command.RunAsync(new ChatTurn("brief", Named, Channel), CancellationToken.None);

        Assert.Equal("I've sent you the brief for the People and Health Scrutiny Committee meeting on 21 January 2026 in a 1:1 chat.", reply.Text);
        var (to, sent) = Assert.Single(messenger.Personal);
        Assert.Equal("named-oid", to);
        var open = Assert.IsType<PerfBot.Cards.OpenUrlAction>(Assert.Single(sent.Card!.Actions!));
        Assert.Contains("for=named-oid", open.Url, StringComparison.Ordinal);
        Assert.Null(reply.Card);
    }

    [Fact]
    public async Task The_chair_can_ask_in_1_1()
    {
        var reply = await command.RunAsync(new ChatTurn("brief people and health", ChairUser, Personal), CancellationToken.None);

        // The brief itself comes through the outbox like every brief; the reply only says what it is.
        Assert.Equal("That is the brief for the People and Health Scrutiny Committee meeting on 21 January 2026.", reply.Text);
        var (to, sent) = Assert.Single(messenger.Personal);
        Assert.Equal("chair-oid", to);
        Assert.StartsWith("Brief for the People and Health Scrutiny Committee meeting on 21 January 2026", sent.Text, StringComparison.Ordinal);
        Assert.Contains("for=chair-oid", Assert.IsType<PerfBot.Cards.OpenUrlAction>(Assert.Single(sent.Card!.Actions!)).Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_else_in_1_1_is_refused_too()
    {
        var reply = await command.RunAsync(new ChatTurn("brief people", Member, Personal), CancellationToken.None);
        Assert.Null(reply.Card);
        Assert.StartsWith("Only the People and Health Scrutiny Committee's chair and the people it names", reply.Text, StringComparison.Ordinal);
        Assert.Empty(messenger.Personal);
    }

    [Fact]
    public void Only_the_brief_command_itself_is_taken_for_it()
    {
        Assert.True(command.Matches(new ChatTurn("brief", Member, Channel)));
        Assert.True(command.Matches(new ChatTurn("Brief people and health", Member, Personal)));
        Assert.False(command.Matches(new ChatTurn("what's red?", Member, Channel)));
        Assert.False(command.Matches(new ChatTurn("briefly, what's red?", Member, Channel)));
    }
}
