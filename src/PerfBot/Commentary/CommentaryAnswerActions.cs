using PerfBot.Cards;
using PerfBot.Conversations;
using PerfBot.Questions;
using PerfBot.Roles;

namespace PerfBot.Commentary;

/// <summary>"Edit commentary" on an answer about an indicator, for its owner and for data officers.</summary>
public sealed class CommentaryAnswerActions(OfficerRoles roles) : IAnswerActions
{
    public IReadOnlyList<CardAction> For(ChatTurn turn, IndicatorDetail detail) =>
        detail.History.Count > 0 && roles.MayWriteCommentaryFromWhatIsKnown(turn.From, detail.Indicator)
            ? [SubmitAction.Ask($"commentary for {detail.Indicator.Code}", "Edit commentary")]
            : [];
}
