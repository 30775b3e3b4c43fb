using System.Diagnostics;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Hosting;

namespace PerfBot.Questions;

/// <summary>The bot's chat: commands (help, link committee…) first, then everything else as a question about the indicators.</summary>
public sealed class QuestionResponder(BuiltInResponder commands, QuestionService questions, ChartCache charts, PerfBotMetrics metrics) : IChatResponder
{
    public async Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (BuiltInResponder.IsCommand(turn.Text)) return await commands.RespondAsync(turn, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        using var span = PerfBotMetrics.Tracing.StartActivity("answer question");
        var answer = questions.Ask(turn.Text);
        metrics.Answered(answer.IntentName, Stopwatch.GetElapsedTime(started));
        span?.SetTag("perfbot.intent", answer.IntentName);
        return ChatReply.WithCard(answer.Text, AnswerCard.Build(answer, charts.Render)) with { SuggestedActions = answer.Suggestions.Take(3).ToList() };
    }
}
