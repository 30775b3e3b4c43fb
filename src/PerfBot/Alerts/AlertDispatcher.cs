using PerfBot.Council;
using PerfBot.Delivery;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Testing;

namespace PerfBot.Alerts;

/// <summary>
/// The weekly officer alerts: for each officer, the changes to what they follow or own, stored in the outbox under
/// (officer, week) and then sent. Officers with no change get nothing.
/// </summary>
public sealed class AlertDispatcher(AlertStore store, IndicatorRepository indicators, Outbox outbox, OutboxSender sender, FaultInjection faults)
{
    public sealed record Run(int Composed, OutboxSender.Result Sending);

    public async Task<Run> RunAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var week = CouncilClock.WeekOf(asOf);
        var all = indicators.Indicators();
        // Only the indicators someone follows or owns are assessed, each once: a large store is not read whole every week.
        var statuses = new Dictionary<long, IndicatorStatus>();
        IndicatorStatus StatusOf(Indicator i) =>
            statuses.TryGetValue(i.Id, out var s) ? s : statuses[i.Id] = StatusAssessor.Assess(i, indicators.Measurements(i.Id), null, asOf);
        var composed = 0;
        foreach (var recipient in store.Recipients())
        {
            if (outbox.Find(AlertStore.Key(recipient.UserId, week)) is not null) continue; // this week's is composed already
            var subscribed = store.Subscriptions(recipient.UserId);
            var watched = all
                .Where(i => subscribed.Contains(i.Id) || recipient.Owns(i))
                .Select(i => new Watched(StatusOf(i), recipient.Owns(i)));
            var result = AlertComposer.Compose(recipient.UserId, recipient.Name, asOf, watched, store.Baselines(recipient.UserId));
            store.Record(recipient, week, result.Alert, result.Baselines);
            if (result.Alert is not null) composed++;
        }
        faults.Reached(FaultInjection.AfterCompose);
        return new Run(composed, await sender.SendAsync(OutboxScope.OfKind(AlertStore.OutboxKind), cancellationToken));
    }
}
