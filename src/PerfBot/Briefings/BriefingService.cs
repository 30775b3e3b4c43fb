using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PerfBot.Committees;
using PerfBot.Council;

namespace PerfBot.Briefings;

/// <summary>Composes, keeps and sends briefs: the scheduled ones before each meeting, and one for whoever asks.</summary>
public sealed class BriefingService(
    BriefSource source,
    BriefStore store,
    BriefingSettingsStore settings,
    BriefLinkSigner signer,
    IOptions<BriefingOptions> options,
    IBriefDelivery delivery,
    CouncilClock clock,
    ILogger<BriefingService> log)
{
    public sealed record Outcome(string Committee, DateOnly Meeting, string BriefId, int Sent, int Failed);

    // Meetings and working days are local to the council.
    private DateOnly Today => clock.Today;

    /// <summary>Sends every brief that is due today and was not sent yet. Safe to run again: each goes to each recipient once.</summary>
    public async Task<IReadOnlyList<Outcome>> SendDueAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<Outcome>();
        foreach (var committee in source.Committees())
        {
            var s = settings.For(committee.Id);
            foreach (var meeting in BriefSchedule.Due(source.Meetings(committee.Id), s, Today))
            {
                var brief = BriefComposer.Compose(source.Read(committee, meeting, BriefSchedule.ComposeOn(meeting, s)));
                var stored = store.SaveScheduled(committee.Id, brief);
                outcomes.Add(await DeliverAsync(committee, stored, s, cancellationToken));
            }
        }
        return outcomes;
    }

    /// <summary>The next meeting's brief as of today, for a person who asked; null when the committee has no meeting ahead.</summary>
    public BriefMessage? ForRequest(Committee committee, string recipientAadObjectId)
    {
        var today = Today;
        if (source.Meetings(committee.Id).FirstOrDefault(m => m.Date >= today) is not { } meeting) return null;
        var brief = BriefComposer.Compose(source.Read(committee, meeting, today));
        var stored = store.SaveRequested(committee.Id, brief);
        var link = Link(stored.Id, recipientAadObjectId);
        store.StartDelivery(stored.Id, recipientAadObjectId, link?.Expires);
        store.FinishDelivery(stored.Id, recipientAadObjectId, null);
        return new BriefMessage(stored.Id, brief, link?.Uri);
    }

    private async Task<Outcome> DeliverAsync(Committee committee, BriefStore.Stored stored, BriefingSettings s, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0;
        if (s.ChairAadObjectId is { } chair)
        {
            var link = Link(stored.Id, chair);
            if (store.StartDelivery(stored.Id, chair, link?.Expires))
                (sent, failed) = Add((sent, failed), await TryAsync(stored.Id, chair,
                    () => delivery.SendToPersonAsync(chair, s.TenantId, new BriefMessage(stored.Id, stored.Brief, link?.Uri), cancellationToken)));
        }
        else
        {
            log.LogWarning("The {Committee} has no chair's Entra object id in briefing_settings: its brief for {Meeting} is not sent in 1:1.", committee.Name, stored.Brief.Meeting);
        }
        const string channels = "channels";
        if (s.PostToChannel && store.StartDelivery(stored.Id, channels, null))
            (sent, failed) = Add((sent, failed), await TryAsync(stored.Id, channels,
                () => delivery.SendToCommitteeChannelsAsync(committee.Id, new BriefMessage(stored.Id, stored.Brief, null), cancellationToken)));
        log.LogInformation("Brief {BriefId} for the {Committee}, meeting {Meeting}: {Sent} sent, {Failed} failed.", stored.Id, committee.Name, stored.Brief.Meeting, sent, failed);
        return new Outcome(committee.Name, stored.Brief.Meeting, stored.Id, sent, failed);
    }

    private static (int, int) Add((int Sent, int Failed) total, bool ok) => ok ? (total.Sent + 1, total.Failed) : (total.Sent, total.Failed + 1);

    private async Task<bool> TryAsync(string briefId, string recipient, Func<Task> send)
    {
        try
        {
            await send();
            store.FinishDelivery(briefId, recipient, null);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Left unsent, so tomorrow's run (still before the meeting) tries again.
            log.LogError(e, "Sending brief {BriefId} to {Recipient} failed.", briefId, recipient);
            store.FinishDelivery(briefId, recipient, e.Message);
            return false;
        }
    }

    private (Uri Uri, DateTimeOffset Expires)? Link(string briefId, string recipient)
    {
        if (options.Value.PublicBaseUrl is not { } baseUrl) return null;
        var expires = clock.UtcNow + options.Value.LinkLifetime;
        return (signer.Create(baseUrl, briefId, recipient, expires), expires);
    }
}
