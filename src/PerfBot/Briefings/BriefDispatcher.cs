using PerfBot.Links;
using Microsoft.Extensions.Options;
using PerfBot.Committees;
using PerfBot.Conversations;
using PerfBot.Council;
using PerfBot.Delivery;

namespace PerfBot.Briefings;

/// <summary>
/// Composes and keeps briefs and sends them through the outbox: the scheduled ones N working days before each meeting
/// (to the chair and the people the committee names, and its channels if it wants), and one for whoever of them asks. Each message is addressed (a row
/// in the outbox) before it is sent, and marked sent only once the chat has it.
/// </summary>
public sealed class BriefDispatcher(
    BriefSource source,
    BriefStore store,
    CommitteeBriefingSettingsStore settings,
    BriefAudience audience,
    BriefLinkSigner signer,
    IOptions<BriefingOptions> options,
    IOptions<PublicAddress> address,
    Outbox outbox,
    OutboxSender sender,
    ICommitteeChannels channels,
    CouncilClock clock,
    ILogger<BriefDispatcher> log)
{
    public sealed record Outcome(string Committee, DateOnly Meeting, string BriefId, int Sent, int Failed);

    /// <summary>Sends every brief that is due today and not sent yet. Safe to run again: each goes to each recipient once.</summary>
    public async Task<IReadOnlyList<Outcome>> SendDueAsync(CancellationToken cancellationToken)
    {
        var outcomes = new List<Outcome>();
        var today = clock.Today;
        foreach (var committee in source.Committees())
        {
            var s = settings.For(committee.Id);
            foreach (var meeting in BriefDueDates.Due(source.Meetings(committee.Id), s, today))
            {
                var stored = store.SaveScheduled(committee.Id, BriefComposer.Compose(source.Read(committee, meeting, BriefDueDates.ComposeOn(meeting, s))));
                Address(committee, stored, s);
                var sending = await sender.SendAsync(OutboxScope.About(stored.Id), cancellationToken);
                log.LogInformation("Brief {BriefId} for the {Committee}, meeting {Meeting}: {Sent} sent, {Failed} failed.", stored.Id, committee.Name, meeting.Date, sending.Sent, sending.Failed);
                outcomes.Add(new Outcome(committee.Name, meeting.Date, stored.Id, sending.Sent, sending.Failed));
            }
        }
        return outcomes;
    }

    /// <summary>
    /// The scheduled brief's messages: the chair's and each named recipient's, with their own link; each linked channel's
    /// without one, if the committee wants it posted there.
    /// </summary>
    private void Address(Committee committee, BriefStore.Stored stored, CommitteeBriefingSettings s)
    {
        var addressees = audience.Of(s);
        foreach (var person in addressees.ObjectIds)
            outbox.Enqueue(BriefOutbox.Message(BriefOutbox.PersonKey(stored.Id, person), new BriefMessage(stored.Id, stored.Brief, Link(stored.Id, person)),
                new OutboxAddress.Person(person, s.TenantId)));
        if (addressees.Unreachable.Count > 0)
            log.LogWarning("The {Committee}'s brief for {Meeting} is not sent to {Recipients}: PerfBot has not met them in Teams, so has no Entra object id for them yet.",
                committee.Name, stored.Brief.Meeting, string.Join(", ", addressees.Unreachable));
        if (addressees.ObjectIds.Count == 0)
            log.LogWarning("The {Committee} has no chair or recipients in briefing_settings: its brief for {Meeting} is not sent in 1:1.", committee.Name, stored.Brief.Meeting);
        if (!s.PostToChannel) return;
        foreach (var channel in channels.ChannelsOf(committee.Id))
            outbox.Enqueue(BriefOutbox.Message(BriefOutbox.ChannelKey(stored.Id, channel), new BriefMessage(stored.Id, stored.Brief, null),
                new OutboxAddress.Conversation(channel)));
    }

    /// <summary>What a request for a brief came to.</summary>
    public sealed record Request(BriefMessage Message, bool Sent);

    /// <summary>
    /// The next meeting's brief as of today, sent to the person who asked in a 1:1 chat with their own link; null when
    /// the committee has no meeting ahead. A send that fails stays in the outbox and is retried.
    /// </summary>
    public async Task<Request?> SendRequestedAsync(Committee committee, string askerAadObjectId, string? tenantId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        if (source.Meetings(committee.Id).FirstOrDefault(m => m.Date >= today) is not { } meeting) return null;
        var stored = store.SaveRequested(committee.Id, BriefComposer.Compose(source.Read(committee, meeting, today)));
        var message = new BriefMessage(stored.Id, stored.Brief, Link(stored.Id, askerAadObjectId));
        var key = BriefOutbox.RequestKey(stored.Id, askerAadObjectId);
        outbox.Enqueue(BriefOutbox.Message(key, message, new OutboxAddress.Person(askerAadObjectId, tenantId)));
        var sending = await sender.SendAsync(OutboxScope.Message(key), cancellationToken);
        return new Request(message, sending.Sent == 1);
    }

    private Uri? Link(string briefId, string recipient) =>
        address.Value.BaseUrl is { } baseUrl ? signer.Create(baseUrl, briefId, recipient, clock.UtcNow + options.Value.LinkLifetime) : null;
}
