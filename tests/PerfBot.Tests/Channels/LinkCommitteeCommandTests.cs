using Microsoft.Extensions.DependencyInjection;
using PerfBot.Cards;
using PerfBot.Channels;
using PerfBot.Cli;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Roles;
using PerfBot.Tests.Support;

namespace PerfBot.Tests.Channels;

public class LinkCommitteeCommandTests
{
    private static readonly ChatUser Jane = new("29:user-1", "Cllr Jane Smith", "aad-user-1");
    private static readonly ChatPlace Channel = new(ChatScope.Channel, "19:c@thread.tacv2;messageid=1", "tenant", "19:team@thread.tacv2", "19:c@thread.tacv2");

    /// <summary>The command as the host registers it, with Jane an administrator.</summary>
    private static (LinkCommitteeCommand Command, IDisposable Host) Command(TempStore store)
    {
        var host = CliHost.Build(store.Database, services => services.Configure<RolesOptions>(o => o.Administrators = [Jane.AadObjectId!]));
        host.Services.GetRequiredService<ConversationReferenceStore>().Save(
            new ConversationReference("19:c@thread.tacv2", "msteams", "https://smba.trafficmanager.net/emea/", ChatScope.Channel, "tenant", "28:bot"));
        return (host.Services.GetRequiredService<IEnumerable<IChatCommand>>().OfType<LinkCommitteeCommand>().Single(), host);
    }

    [Fact]
    public async Task Every_reply_of_link_committee_is_a_card_the_library_parses_cleanly()
    {
        using var store = TempStore.Empty("People and Health Scrutiny Committee", "Place and Resources Scrutiny Committee");
        var (command, host) = Command(store);
        using var _ = host;

        var texts = new[] { "link committee people", "link committee place", "link committee people", "link committee scrutiny", "link committee nothing", "link committee" };
        var cards = new List<AdaptiveCard>();
        foreach (var text in texts)
        {
            Assert.True(command.Matches(new ChatTurn(text, Jane, Channel)), text);
            var reply = await command.RunAsync(new ChatTurn(text, Jane, Channel), CancellationToken.None);
            Assert.False(string.IsNullOrWhiteSpace(reply.Text));
            cards.Add(Assert.IsType<AdaptiveCard>(reply.Card));
        }

        var problems = await AdaptiveCardsLibrary.ProblemsAsync(cards);
        Assert.All(texts.Zip(problems), pair => Assert.True(pair.Second.Count == 0, $"'{pair.First}': {string.Join("; ", pair.Second)}"));
    }

    [Fact]
    public async Task Link_committee_outside_a_channel_explains_where_to_do_it()
    {
        using var store = TempStore.Empty("People and Health Scrutiny Committee");
        var (command, host) = Command(store);
        using var _ = host;
        var reply = await command.RunAsync(new ChatTurn("link committee people", Jane, new ChatPlace(ChatScope.Personal, "a:1", "tenant")), CancellationToken.None);
        Assert.Contains("team channel", reply.Text);
    }
}
