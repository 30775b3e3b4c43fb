using PerfBot.Cards;
using PerfBot.Conversations;

namespace PerfBot.Questions;

/// <summary>
/// Buttons another feature adds to an answer about one indicator for the person who asked — "Edit commentary" for its
/// owner, say. Called on every such answer, so it must decide from what it already knows, without a network call.
/// </summary>
public interface IAnswerActions
{
    IReadOnlyList<CardAction> For(ChatTurn turn, IndicatorDetail detail);
}
