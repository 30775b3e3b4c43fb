using System.Diagnostics;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Hosting;

namespace PerfBot.Questions;

/// <summary>The bot's chat: commands (help, link committee…) first, then everything else as a question about the indicators.</summary>
public sealed class QuestionResponder(BuiltInResponder commands, QuestionService questions, ChartCache charts, PerfBotMetrics metrics, IConfiguration configuration) : IChatResponder
{
    // Behind a public address the card links to the chart, drawn when a client shows it; locally it is drawn into the card.
    private readonly Func<IndicatorDetail, ChartData, string> _chart = configuration[ChartEndpoint.BaseUrlKey] is { Length: > 0 } baseUrl
        ? (detail, data) => ChartEndpoint.Url(baseUrl, data, detail.Indicator.Code)
        : AnswerCard.InlineChart(charts);

    public async Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (BuiltInResponder.IsCommand(turn.Text)) return await commands.RespondAsync(turn, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        using var span = PerfBotMetrics.Tracing.StartActivity("answer question");
        var answer = questions.Ask(turn.Text);
        metrics.Answered(answer.IntentName, Stopwatch.GetElapsedTime(started));
        span?.SetTag("perfbot.intent", answer.IntentName);
        return ChatReply.WithCard(AnswerText.Render(answer), AnswerCard.Build(answer, _chart)) with { SuggestedActions = answer.Suggestions.Take(3).ToList() };
    }
}
