using PerfBot.Links;
using Microsoft.Extensions.Options;
using System.Diagnostics;
using PerfBot.Charts;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Telemetry;

namespace PerfBot.Questions;

/// <summary>A turn that is no command, read as a question about the indicators; "help" and "what can you do?" get the one help card.</summary>
public sealed class QuestionResponder(ChatCommandTable commands, QuestionService questions, ChartCache charts, ChartLinks chartLinks, PerfBotMetrics metrics, IOptions<PublicAddress> address,
    IEnumerable<IAnswerActions> answerActions) : IChatResponder
{
    // Behind a public address the card links to the chart, drawn when a client shows it; locally it is drawn into the card.
    private readonly Func<IndicatorDetail, ChartData, string> _chart = address.Value.BaseUrl is { } baseUrl
        ? (detail, data) => chartLinks.Url(baseUrl.ToString(), data, detail.Indicator.Code)
        : AnswerCard.InlineChart(charts);

    public Task<ChatReply> RespondAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var span = PerfBotMetrics.Tracing.StartActivity("answer question");
        var answer = questions.Ask(turn.Text);
        metrics.Answered(answer.IntentName, Stopwatch.GetElapsedTime(started));
        span?.SetTag("perfbot.intent", answer.IntentName);
        var text = AnswerText.Render(answer);
        if (answer is HelpAnswer help) return Task.FromResult(HelpCard.Reply(text, help.Suggestions, commands.Help));
        var card = AnswerCard.Build(answer, _chart);
        if (answer is IndicatorAnswer one && answerActions.SelectMany(a => a.For(turn, one.Detail)).ToList() is { Count: > 0 } extra)
            card = card with { Actions = [.. card.Actions ?? [], .. extra] };
        return Task.FromResult(ChatReply.WithCard(text, card) with { SuggestedActions = answer.Suggestions.Take(3).ToList() });
    }
}
