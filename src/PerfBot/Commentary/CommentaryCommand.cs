using System.Text.Json;
using System.Text.RegularExpressions;
using PerfBot.Cards;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Council;
using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Roles;
using PerfBot.Store;

namespace PerfBot.Commentary;

/// <summary>
/// "commentary for EHCP timeliness": an indicator's owner, or a data officer, gets a form with the latest period's
/// commentary and actions; Save stores them with their name and the time. Anyone else is told who can.
/// </summary>
public sealed partial class CommentaryCommand(
    QuestionService questions, IndicatorRepository indicators, OfficerRoles roles, Refusals refusals, CommentaryEdits edits, CouncilClock clock) : IChatCommand
{
    public int Order => ChatCommandOrder.Commentary;

    public ChatCommandHelp Help { get; } = new(
        "commentary for <indicator>",
        "Owners and data officers: write the latest period's commentary and actions; members see them with your name.",
        "commentary for EHCP timeliness");

    public bool Matches(ChatTurn turn) => Typed().IsMatch(turn.Text.Trim()) || SaveData(turn) is not null;

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        if (SaveData(turn) is { } save) return await SaveAsync(turn, save, cancellationToken);
        var name = Typed().Match(turn.Text.Trim()).Groups["name"].Value.Trim().TrimEnd('?', '.');
        var indicator = indicators.ByCode(name) ?? (questions.Understand(name).Chosen?.Entry.Indicator is { } chosen ? indicators.ByCode(chosen.Code) : null);
        if (indicator is null)
        {
            var choices = questions.Understand(name).DidYouMean.Select(c => c.Entry.Indicator).ToList();
            if (choices.Count == 0) return new ChatReply($"I know no indicator called '{name}'. 'what's red?' or 'help' shows the ones I hold.");
            var card = new AdaptiveCard(new TextBlock($"Which indicator's commentary? '{name}' fits more than one.") { Weight = TextWeight.Bolder })
            {
                Actions = choices.Take(3).Select(i => (CardAction)SubmitAction.Ask($"commentary for {i.Code}", i.Name.Length > 60 ? i.Name[..59] + "…" : i.Name)).ToList(),
            };
            return ChatReply.WithCard($"Which one? {string.Join("; ", choices.Select(c => c.Name))}", card);
        }
        var person = await roles.IdentifyAsync(turn, cancellationToken);
        if (!await roles.MayWriteCommentaryAsync(person, indicator, cancellationToken)) return Refuse(turn, person, indicator);
        if (Latest(indicator) is not { } latest)
            return new ChatReply($"The store holds no figure for {indicator.Name} yet, and commentary goes with a figure: import the figures first.");
        var basis = CommentaryEdits.Basis(latest.Commentary, latest.Actions);
        return ChatReply.WithCard($"Commentary for {indicator.Name}, {latest.Period.Label}: write it in the card and press Save.", CommentaryCard.Form(indicator, latest, basis));
    }

    private async Task<ChatReply> SaveAsync(ChatTurn turn, (string Code, string Period, string Basis, string? Commentary, string? Actions) save, CancellationToken cancellationToken)
    {
        if (indicators.ByCode(save.Code) is not { } indicator) return new ChatReply($"The indicator {save.Code} is no longer in the store; nothing was saved.");
        var person = await roles.IdentifyAsync(turn, cancellationToken);
        if (!await roles.MayWriteCommentaryAsync(person, indicator, cancellationToken)) return Refuse(turn, person, indicator);
        var key = person.AadObjectId ?? turn.From.Id;
        var author = person with { Name = person.Name ?? turn.From.Name };
        switch (edits.Save(indicator.Id, indicator.Name, save.Period, save.Commentary, save.Actions, save.Basis, author, key))
        {
            case CommentaryEdits.Outcome.Saved saved:
                var by = new CommentaryAuthor(author.Display, saved.At);
                return ChatReply.WithCard($"Saved. {by.Describe()}.", CommentaryCard.Saved(indicator, save.Period, save.Commentary, save.Actions, by));
            case CommentaryEdits.Outcome.Changed changed:
                var latest = indicators.Measurements(indicator.Id).FirstOrDefault(m => m.Period.Label == save.Period);
                var who = changed.By is { } name ? $"{name} changed it{(changed.At is { } at ? $" on {CommentaryCard.When(at)}" : "")}" : "It was changed";
                var notice = $"Not saved: {who} after you opened this form. Here is the text now; edit it and save again.";
                return latest is null
                    ? new ChatReply(notice)
                    : ChatReply.WithCard(notice, CommentaryCard.Form(indicator, latest, CommentaryEdits.Basis(changed.Commentary, changed.Actions), notice));
            default:
                return new ChatReply($"The store no longer holds {indicator.Name}'s figure for {save.Period}; nothing was saved.");
        }
    }

    private ChatReply Refuse(ChatTurn turn, Person person, Indicator indicator)
    {
        var owner = indicator.Owner is { Length: > 0 } o ? $"its owner ({o}) or {OfficerRoles.DataOfficersAre}" : $"{OfficerRoles.DataOfficersAre} (it has no owner recorded)";
        var reply = refusals.Refuse(turn, person, $"write the commentary of {indicator.Name}", owner, subject: indicator.Name,
            advice: $"To read it, ask \"why {indicator.Code}?\".");
        return turn.IsCardRefresh ? ChatReply.WithCard(reply.Text, new AdaptiveCard(TextBlock.Heading("Not saved"), new TextBlock(reply.Text))) : reply;
    }

    /// <summary>The latest figure whose period has ended, else the newest held.</summary>
    private Measurement? Latest(Indicator indicator)
    {
        var history = indicators.Measurements(indicator.Id);
        return history.LastOrDefault(m => m.Period.End <= clock.Today) ?? history.LastOrDefault();
    }

    private static (string Code, string Period, string Basis, string? Commentary, string? Actions)? SaveData(ChatTurn turn)
    {
        if (turn.Value is not { ValueKind: JsonValueKind.Object } data || Text(data, CommentaryCard.DataKey) != CommentaryCard.DataValue) return null;
        if (Text(data, CommentaryCard.IndicatorKey) is not { } code || Text(data, CommentaryCard.PeriodKey) is not { } period || Text(data, CommentaryCard.BasisKey) is not { } basis)
            return null;
        return (code, period, basis, Clean(Text(data, CommentaryCard.CommentaryInput)), Clean(Text(data, CommentaryCard.ActionsInput)));
    }

    private static string? Text(JsonElement data, string name) =>
        data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>Teams sends an emptied box as an empty string: no commentary. Line breaks as the report files keep them.</summary>
    private static string? Clean(string? text)
    {
        var trimmed = text?.Replace("\r\n", "\n").Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Length > CommentaryCard.MaxLength ? trimmed[..CommentaryCard.MaxLength] : trimmed;
    }

    // "commentary for X", or a writing verb before it ("edit the commentary on X"): "commentary on X" alone is a member asking to read it.
    [GeneratedRegex(@"^((edit|write|update|add)\s+(the\s+)?(commentary|comments?)(\s+and\s+actions)?\s+(for|on|about|of)|commentary(\s+and\s+actions)?\s+for)\s+(?<name>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Typed();
}
