using PerfBot.Cards;
using PerfBot.Conversations;

namespace PerfBot.Teams;

/// <summary>Turns a <see cref="ChatReply"/> into the message activity the connector expects.</summary>
internal static class OutboundActivity
{
    public static Activity Message(ChatReply reply, ChannelAccount bot, string conversationId, ChatScope scope, ChannelAccount? user = null, string? replyToId = null)
    {
        var card = reply.Card is { } c ? c with { FallbackText = c.FallbackText ?? reply.Text } : null;
        var citations = Citations.Kept(reply.Citations);
        // With a card the answer's text would show twice: the text is then only the markers the citations hang on.
        var text = card is null
            ? citations.Count == 0 ? reply.Text : $"{reply.Text}\n{Citations.Markers(citations)}"
            : citations.Count == 0 ? null : Citations.Markers(citations);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = bot,
            Recipient = user,
            Conversation = new ConversationAccount(conversationId),
            ReplyToId = replyToId,
            // With a card the text would show twice; it goes in the summary (the notification) and the card's fallback.
            Text = text,
            TextFormat = text is null ? null : "plain",
            Entities = citations.Count == 0 ? null : [Citations.Entity(citations)],
            ChannelData = reply.Answered is null ? null : new TeamsChannelData { FeedbackLoop = new FeedbackLoop("default") },
            Summary = card is null ? null : reply.Text,
            Attachments = card is null ? null : [new Attachment(AdaptiveCard.ContentType, card.ToJsonElement())],
            // Teams shows suggested actions in personal chats only.
            SuggestedActions = scope == ChatScope.Personal && reply.SuggestedActions.Count > 0
                ? new SuggestedActions(reply.SuggestedActions.Select(a => new CardActionButton("imBack", a.Title, a.Text)).ToList())
                : null,
        };
    }

    public static Activity Typing(ChannelAccount bot, string conversationId) => new()
    {
        Type = ActivityTypes.Typing,
        From = bot,
        Conversation = new ConversationAccount(conversationId),
    };
}
