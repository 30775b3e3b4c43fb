using Microsoft.Extensions.Options;
using PerfBot.Briefings;
using PerfBot.Council;
using PerfBot.Delivery;
using PerfBot.Roles;
using PerfBot.Store;

namespace PerfBot.Commentary;

/// <summary>
/// Nudges.WorkingDaysBeforeBrief working days before each brief is composed (or on a later day before it, if the service
/// was down), each owner of an exception in the brief that has no commentary for its latest period gets one 1:1 card
/// through the outbox. The outbox key (committee, meeting, owner) makes it once: not again on the next day, nor after a restart.
/// </summary>
public sealed class NudgeDispatcher(
    BriefSource source,
    CommitteeBriefingSettingsStore settings,
    PeopleDirectory people,
    Outbox outbox,
    OutboxSender sender,
    IOptions<NudgeOptions> options,
    CouncilClock clock,
    ILogger<NudgeDispatcher> log)
{
    public sealed record Run(int Due, int Queued, int Unreachable, OutboxSender.Result Sending);

    public async Task<Run> SendDueAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var keys = new List<string>();
        int due = 0, unreachable = 0;
        foreach (var committee in source.Committees())
        {
            var s = settings.For(committee.Id);
            foreach (var meeting in source.Meetings(committee.Id).Where(m => m.Date > today))
            {
                var composeOn = BriefDueDates.ComposeOn(meeting, s);
                if (today >= composeOn || WorkingDays.Before(composeOn, options.Value.WorkingDaysBeforeBrief) > today) continue;
                due++;
                var inputs = source.Read(committee, meeting, today);
                var owners = inputs.Indicators.ToDictionary(i => i.Indicator.Code, i => i.Indicator.Owner, StringComparer.OrdinalIgnoreCase);
                var brief = BriefComposer.Compose(inputs);
                foreach (var group in brief.Red.Concat(brief.AmberWorsening).Where(i => string.IsNullOrWhiteSpace(i.Narrative))
                             .GroupBy(i => owners.GetValueOrDefault(i.Code), StringComparer.OrdinalIgnoreCase))
                {
                    if (group.Key is not { Length: > 0 } owner) continue;
                    if (ObjectIdOf(owner) is not { } aad)
                    {
                        unreachable++;
                        log.LogWarning("Cannot nudge {Owner} about {Count} exception(s) in the {Committee}'s brief: PerfBot has not met them in Teams, so it has no Entra object id to reach them",
                            owner, group.Count(), committee.Name);
                        continue;
                    }
                    var nudge = new Nudge(committee.Name, meeting.Date, composeOn,
                        group.Select(i => new NudgeItem(i.Code, i.Name, i.Period, i.ValueText, i.Rag.ToString())).ToList());
                    var key = Key(committee.Id, meeting.Date, aad);
                    outbox.Enqueue(new NewOutboxMessage(key, OutboxKind, new OutboxAddress.Person(aad, s.TenantId), NudgeCard.Text(nudge), StoredJson.Write(nudge)));
                    keys.Add(key);
                }
            }
        }
        // Every unsent nudge, these and any an earlier run left, claimed so that no two instances send one twice.
        var sending = await sender.SendAsync(OutboxScope.OfKind(OutboxKind), cancellationToken);
        return new Run(due, keys.Count, unreachable, sending);
    }

    public const string OutboxKind = "nudge";

    /// <summary>One nudge per owner per meeting's brief, whatever reruns and restarts happen.</summary>
    public static string Key(long committeeId, DateOnly meeting, string ownerAadObjectId) =>
        $"nudge:{committeeId}:{meeting:yyyy-MM-dd}:{ownerAadObjectId.ToLowerInvariant()}";

    /// <summary>An owner written as an Entra object id is one; written as an email, it is whoever PerfBot has met with it.</summary>
    private string? ObjectIdOf(string owner) => owner.Contains('@', StringComparison.Ordinal) ? people.ObjectIdOf(owner) : owner.Trim();
}
