using PerfBot.Roles;

namespace PerfBot.Briefings;

/// <summary>
/// Who a committee's brief is for: its chair (briefing_settings) and the people it names (briefing_recipients), each by
/// Entra object id or email. No one else receives it, wherever they ask: a linked channel's members are not its audience.
/// </summary>
public sealed class BriefAudience(CommitteeBriefingSettingsStore settings, BriefingRecipients recipients, PeopleDirectory people)
{
    /// <param name="ObjectIds">Whom the brief is sent to in 1:1, the chair first.</param>
    /// <param name="Unreachable">Recipients named by an email PerfBot has not met in Teams, so it has no chat to send to yet.</param>
    public sealed record Addressees(IReadOnlyList<string> ObjectIds, IReadOnlyList<string> Unreachable);

    public bool Includes(long committeeId, Person person) =>
        person.IsNamedBy(settings.For(committeeId).ChairAadObjectId) || recipients.Of(committeeId).Any(person.IsNamedBy);

    public Addressees Of(CommitteeBriefingSettings s)
    {
        var named = new List<string>();
        var unreachable = new List<string>();
        foreach (var recipient in recipients.Of(s.CommitteeId))
        {
            if (!BriefingRecipients.IsEmail(recipient)) named.Add(recipient);
            else if (people.ObjectIdOf(recipient) is { } id) named.Add(id);
            else unreachable.Add(recipient);
        }
        IEnumerable<string> chair = s.ChairAadObjectId is { } c ? [c] : [];
        var ids = chair.Concat(named.Order(StringComparer.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new Addressees(ids, unreachable);
    }
}
