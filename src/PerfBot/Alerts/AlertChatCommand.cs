using PerfBot.Conversations;
using PerfBot.Conversations.Commands;

namespace PerfBot.Alerts;

/// <summary>"alert me about …", "my alerts" and "stop alerts for …": an officer's own alerts, set up in their 1:1 chat.</summary>
public sealed class AlertChatCommand(
    AlertConversation alerts, AlertStore recipients, ConversationReferenceStore references, IMemberDirectory members, ILogger<AlertChatCommand> log)
    : IChatCommand
{
    public int Order => ChatCommandOrder.Alerts;

    public ChatCommandHelp Help { get; } = new(
        "alert me about <indicator> · my alerts · stop alerts for <indicator>",
        "A Monday message when an indicator you follow or own changes RAG or becomes an exception.",
        "alert me about foster carers", "in a 1:1 chat with PerfBot");

    public bool Matches(ChatTurn turn) => AlertCommand.Parse(turn.Text) is not null;

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var command = AlertCommand.Parse(turn.Text)!;
        var personal = turn.Place.Scope == ChatScope.Personal;
        var userId = turn.From.AadObjectId ?? turn.From.Id;
        var officer = new AlertConversation.Officer(userId, turn.From.Name, turn.Place.ConversationId, personal,
            personal ? await EmailOfAsync(turn, userId, cancellationToken) : null);
        var reply = alerts.Handle(command, officer);
        return new ChatReply(reply.Text) { SuggestedActions = command is AlertCommand.List ? [] : [ChatSuggestion.Of("my alerts")] };
    }

    /// <summary>
    /// The officer's email, so that indicators whose owner is written as an email reach them: asked of the chat's roster
    /// the first time they use an alert command, then kept. A lookup that fails costs the officer nothing but that match.
    /// </summary>
    private async Task<string?> EmailOfAsync(ChatTurn turn, string userId, CancellationToken cancellationToken)
    {
        if (recipients.FindRecipient(userId)?.Email is { } known) return known;
        if (references.Find(turn.Place.ConversationId) is not { } conversation) return null;
        try
        {
            var profile = await members.FindAsync(conversation, turn.From.Id, cancellationToken);
            return profile?.Email ?? profile?.UserPrincipalName;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not look up {User}'s email in {Conversation}; owner alerts by email will not reach them yet", userId, turn.Place.ConversationId);
            return null;
        }
    }
}
