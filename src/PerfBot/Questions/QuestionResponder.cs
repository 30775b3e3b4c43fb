using PerfBot.Links;
using Microsoft.Extensions.Options;
using System.Diagnostics;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Questions.Conversing;
using PerfBot.Questions.Learning;
using PerfBot.Telemetry;

namespace PerfBot.Questions;

/// <summary>
/// A turn that is no command, read as a question with what its conversation (or, in a channel, what this person) was
/// last talking about; "help" and "what can you do?" get the one help card. A question PerfBot could not answer
/// outright goes in the question log, by role only.
/// </summary>
public sealed class QuestionResponder(ChatCommandTable commands, QuestionService questions, IConversationContexts contexts, QuestionLog log,
    ChartCache charts, ChartLinks chartLinks, PerfBotMetrics metrics, IOptions<PublicAddress> address,
    IEnumerable<IAnswerActions> answerActions, TimeProvider clock, ILogger<QuestionResponder> logger) : IChatResponder
{
    // Behind a public address the card links to the chart, drawn when a client shows it; locally it is drawn into the card.
    private readonly Func<IndicatorDetail, ChartData, string> _chart = address.Value.BaseUrl is { } baseUrl
        ? (detail, data) => chartLinks.Url(baseUrl.ToString(), data, detail.Indicator.Code)
        : AnswerCard.InlineChart(charts);

    public async Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = PerfBotMetrics.Tracing.StartActivity("answer question");
        var key = ConversationContexts.KeyOf(turn);
        var before = await contexts.FindAsync(key, cancellationToken);
        var answer = questions.Ask(turn.Text, before);
        // Kept before the reply goes: the member's follow-up, to whichever instance, can only come after it.
        await contexts.KeepAsync(key, ConversationContext.After(answer, before, clock.GetUtcNow()), cancellationToken);
        metrics.Answered(answer.IntentName, Stopwatch.GetElapsedTime(started));
        span?.SetTag("perfbot.intent", answer.IntentName);
        span?.SetTag("perfbot.context", before is not null && answer.Understanding.FromContext.Count > 0);
        Learn(turn, answer);
        var text = AnswerText.Render(answer);
        if (answer is HelpAnswer help) return HelpCard.Reply(text, help.Suggestions, commands.Help);
        var card = AnswerCard.Build(answer, _chart);
        if (answer is IndicatorAnswer one && answerActions.SelectMany(a => a.For(turn, one.Detail)).ToList() is { Count: > 0 } extra)
            card = card with { Actions = [.. card.Actions ?? [], .. extra] };
        var reply = ChatReply.WithCard(text, card) with
        {
            SuggestedActions = AnswerCard.Suggestions(answer).Take(3).ToList(),
            Citations = AnswerSources.Of(answer),
            Answered = new AnsweredQuestion(turn.Text, answer.IntentName, answer.Indicators.Select(i => i.Code).Distinct().ToList()),
        };
        return reply;
    }

    /// <summary>A question not answered outright is logged for officers; the log failing never costs the member their answer.</summary>
    private void Learn(ChatTurn turn, Answer answer)
    {
        Shortfall? shortfall = answer switch
        {
            NotHeldAnswer => Shortfall.NotHeld,
            DidYouMeanAnswer => Shortfall.DidYouMean,
            ClarifyAnswer => Shortfall.Clarify,
            _ => null,
        };
        if (shortfall is not { } outcome || string.IsNullOrWhiteSpace(turn.Text)) return;
        try
        {
            log.Record(turn.Text, outcome, answer.IntentName, AskerRoles.Of(turn.From, questions.Index.Committees));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Could not log an unanswered question");
            metrics.Failed("question-log");
        }
    }
}

/// <summary>Members' 👍/👎 on answers, into the question log by role only.</summary>
public sealed class FeedbackToQuestionLog(QuestionLog log, QuestionService questions) : IChatFeedback
{
    public void Receive(ChatFeedback feedback) =>
        log.RecordFeedback(feedback.Liked, feedback.Comment, feedback.Answered?.Question, feedback.Answered?.Intent, feedback.Answered?.Indicators ?? [],
            AskerRoles.Of(feedback.From, questions.Index.Committees));
}
