using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using PerfBot.Cli;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;

namespace PerfBot.Tests.Conversations;

/// <summary>The one help answer, on the demo store: every example on it answers, and it lists every command of the table.</summary>
public sealed class HelpCardTests : IDisposable
{
    private static readonly ChatUser Member = new("29:member", "Cllr Piers Brown", "member-oid");
    private static readonly ChatPlace Personal = new(ChatScope.Personal, "a:1:1", "tenant");
    private readonly TempStore _store = TempStore.WithDemoData();
    private readonly Microsoft.Extensions.Hosting.IHost _host;

    public HelpCardTests() => _host = CliHost.Build(_store.Database);

    private ChatRouter Router => _host.Services.GetRequiredService<ChatRouter>();

    private Task<ChatReply> Say(string text) => Router.RespondAsync(new ChatTurn(text, Member, Personal), CancellationToken.None);

    [Theory]
    [InlineData("help")]
    [InlineData("what can you do?")]
    [InlineData("What can I ask?")]
    public async Task Help_and_what_can_you_do_get_the_same_card(string asked)
    {
        var help = await Say("help");
        var other = await Say(asked);
        Assert.Equal(help.Card!.ToJson(), other.Card!.ToJson());
    }

    [Fact]
    public async Task Every_example_question_on_the_help_card_is_answered_from_the_store()
    {
        var help = await Say("help");
        var buttons = JsonDocument.Parse(help.Card!.ToJson()).RootElement.GetProperty("actions").EnumerateArray()
            .Select(a => a.GetProperty("data").GetProperty("ask").GetString()!).ToList();
        Assert.True(buttons.Count >= 3, string.Join(" | ", buttons));
        foreach (var example in buttons.Concat(help.SuggestedActions.Select(a => a.Text)).Distinct())
        {
            var reply = await Say(example);
            Assert.DoesNotContain("holds no indicator", reply.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("What PerfBot answers", reply.Card?.ToJson() ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain("Did you mean", reply.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_help_card_lists_every_command_and_each_commands_example_is_that_command()
    {
        var table = _host.Services.GetRequiredService<ChatCommandTable>();
        var card = (await Say("help")).Card!.ToJson();
        Assert.True(table.Commands.Count >= 4);
        foreach (var command in table.Commands)
        {
            Assert.Contains(JsonSerializer.Serialize(command.Help.Usage)[1..^1], card, StringComparison.Ordinal);
            Assert.Same(command, table.Find(new ChatTurn(command.Help.Example, Member, Personal)));
        }
    }

    public void Dispose()
    {
        _host.Dispose();
        _store.Dispose();
    }
}
