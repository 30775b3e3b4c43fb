using PerfBot.Indicators;
using PerfBot.Scheduling;
using PerfBot.Store;

namespace PerfBot.Alerts;

/// <summary>Answers the alert commands in a 1:1 chat: subscribe, list, stop.</summary>
public sealed class AlertConversation(AlertStore store, IndicatorRepository indicators, TimeProvider clock)
{
    /// <param name="UserId">The officer's Entra object id where Teams gives one, else their Teams id.</param>
    public sealed record Officer(string UserId, string? Name, string ConversationId, bool InPersonalChat);

    /// <summary>The reply, and the indicators it is about (for buttons).</summary>
    public sealed record Reply(string Text, IReadOnlyList<Indicator> Indicators);

    public Reply Handle(AlertCommand command, Officer officer)
    {
        if (!officer.InPersonalChat)
            return new Reply("Alerts are personal: message me in a 1:1 chat to set them up (for example 'alert me about foster carers').", []);
        var recipient = new AlertStore.Recipient(officer.UserId, officer.Name, null, officer.ConversationId);
        store.SaveRecipient(recipient);
        var all = indicators.Indicators();
        return command switch
        {
            AlertCommand.Subscribe s => Subscribe(recipient, s.Indicator, all),
            AlertCommand.Unsubscribe u => Unsubscribe(recipient, u.Indicator, all),
            _ => List(recipient, all),
        };
    }

    private Reply Subscribe(AlertStore.Recipient officer, string wanted, IReadOnlyList<Indicator> all)
    {
        if (Find(wanted, all) is not IndicatorFinder.Found(var indicator)) return NotFound(wanted, all);
        var status = StatusAssessor.Assess(indicator, indicators.Measurements(indicator.Id), null, UkTime.Today(clock));
        var added = store.Subscribe(officer.UserId, Alerts.AlertComposer.Baseline(status));
        var now = status.Measurement is { } m && !status.IsStale
            ? $"It is {status.Rag?.ToString() ?? "not RAG-rated"} at {Figures.Value(m.Value, indicator.Unit)} ({m.Period.Label})."
            : $"Its data is overdue (latest {status.LatestPeriod?.Label ?? "none held"}).";
        var lead = added ? $"Done: I'll message you on Mondays when {indicator.Name} changes RAG or becomes an exception."
                         : $"You already follow {indicator.Name}.";
        return new Reply($"{lead} {now}", [indicator]);
    }

    private Reply Unsubscribe(AlertStore.Recipient officer, string wanted, IReadOnlyList<Indicator> all)
    {
        if (Find(wanted, all) is not IndicatorFinder.Found(var indicator)) return NotFound(wanted, all);
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

    private static IndicatorFinder.Result Find(string wanted, IReadOnlyList<Indicator> all) => IndicatorFinder.Find(wanted, all);

    private static Reply NotFound(string wanted, IReadOnlyList<Indicator> all) => IndicatorFinder.Find(wanted, all) switch
    {
        IndicatorFinder.Ambiguous a => new Reply(
            $"'{wanted}' could be {a.Candidates.Count} indicators: {string.Join("; ", a.Candidates.Take(8).Select(i => i.Name))}{(a.Candidates.Count > 8 ? "; …" : "")}. Which one?",
            a.Candidates.Take(8).ToList()),
        _ => new Reply($"I don't know an indicator called '{wanted}'. Try a few words from its name, for example 'foster carers'.", []),
    };
}
