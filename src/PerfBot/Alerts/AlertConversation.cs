using PerfBot.Indicators;
using PerfBot.Questions;
using PerfBot.Store;
using PerfBot.Council;

namespace PerfBot.Alerts;

/// <summary>
/// Answers the alert commands in a 1:1 chat: subscribe, list, stop. The indicator is found by the same reader that
/// answers members' questions (vocabulary, aliases, typos, "Did you mean…"), so "alert me about LAC" finds what "how are
/// LAC?" would.
/// </summary>
public sealed class AlertConversation(AlertStore store, IndicatorRepository indicators, QuestionService questions, CouncilClock clock)
{
    /// <param name="UserId">The officer's Entra object id where Teams gives one, else their Teams id.</param>
    /// <param name="Email">Their email (or UPN) when the chat platform gave it: owners are matched on it.</param>
    public sealed record Officer(string UserId, string? Name, string ConversationId, bool InPersonalChat, string? Email = null);

    /// <summary>The reply, and the indicators it is about (for buttons).</summary>
    public sealed record Reply(string Text, IReadOnlyList<Indicator> Indicators);

    public Reply Handle(AlertCommand command, Officer officer)
    {
        if (!officer.InPersonalChat)
            return new Reply("Alerts are personal: message me in a 1:1 chat to set them up (for example 'alert me about foster carers').", []);
        store.SaveRecipient(new AlertStore.Recipient(officer.UserId, officer.Name, officer.Email, officer.ConversationId));
        var recipient = store.FindRecipient(officer.UserId)!;
        return command switch
        {
            AlertCommand.Subscribe s => Subscribe(recipient, s.Indicator),
            AlertCommand.Unsubscribe u => Unsubscribe(recipient, u.Indicator),
            _ => List(recipient, indicators.Indicators()),
        };
    }

    private Reply Subscribe(AlertStore.Recipient officer, string wanted)
    {
        var understood = questions.Understand(wanted);
        if (understood.Chosen?.Entry.Indicator is not { } indicator) return NotFound(wanted, understood);
        var status = StatusAssessor.Assess(indicator, indicators.Measurements(indicator.Id), null, clock.Today);
        var added = store.Subscribe(officer.UserId, Alerts.AlertComposer.Baseline(status));
        var now = status.Measurement is { } m && !status.IsStale
            ? $"It is {status.Rag?.ToString() ?? "not RAG-rated"} at {Figures.Value(m.Value, indicator.Unit)} ({m.Period.Label})."
            : $"Its data is overdue (latest {status.LatestPeriod?.Label ?? "none held"}).";
        var lead = added ? $"Done: I'll message you on Mondays when {indicator.Name} changes RAG or becomes an exception."
                         : $"You already follow {indicator.Name}.";
        return new Reply($"{lead} {now}", [indicator]);
    }

    private Reply Unsubscribe(AlertStore.Recipient officer, string wanted)
    {
        var understood = questions.Understand(wanted);
        if (understood.Chosen?.Entry.Indicator is not { } indicator) return NotFound(wanted, understood);
        if (store.Unsubscribe(officer.UserId, indicator.Id))
            return new Reply($"Stopped: no more alerts for {indicator.Name}." + (officer.Owns(indicator) ? " You own it, so its changes still reach you." : ""), []);
        return new Reply($"You don't follow {indicator.Name}." + (officer.Owns(indicator) ? " You get its alerts because you own it." : ""), []);
    }

    private Reply List(AlertStore.Recipient officer, IReadOnlyList<Indicator> all)
    {
        var subscribed = store.Subscriptions(officer.UserId);
        var followed = all.Where(i => subscribed.Contains(i.Id)).ToList();
        var owned = all.Where(officer.Owns).Where(i => !subscribed.Contains(i.Id)).ToList();
        if (followed.Count == 0 && owned.Count == 0)
            return new Reply("You have no alerts. Say 'alert me about <indicator>', for example 'alert me about foster carers'.", []);
        var lines = followed.Select(i => $"- {i.Name}").Concat(owned.Select(i => $"- {i.Name} (you own it)"));
        return new Reply($"You get Monday alerts for {followed.Count + owned.Count} indicator(s):\n{string.Join("\n", lines)}\nSay 'stop alerts for <indicator>' to stop one.",
            [.. followed, .. owned]);
    }

    private static Reply NotFound(string wanted, Understanding understood)
    {
        // Several indicators offered, or every one of a topic ("safeguarding"): the officer says which.
        var candidates = (understood.DidYouMean.Count > 1 ? understood.DidYouMean : understood.Topic).Select(c => c.Entry.Indicator).ToList();
        return candidates.Count > 1
            ? new Reply($"'{wanted}' could be {candidates.Count} indicators: {string.Join("; ", candidates.Select(i => i.Name))}. Which one?", candidates)
            : new Reply($"I don't know an indicator called '{wanted}'. Try a few words from its name, for example 'foster carers'.", []);
    }
}
