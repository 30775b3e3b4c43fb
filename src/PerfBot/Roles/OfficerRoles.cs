using Microsoft.Extensions.Options;
using PerfBot.Conversations;
using PerfBot.Indicators;

namespace PerfBot.Roles;

/// <summary>
/// Who may do what, defined once for the whole bot: data officers (Roles:DataOfficers, and Roles:DataOfficersGroup's
/// members) import and correct any figure and write any commentary; an indicator's owner (its owner column) writes its
/// commentary and actions; administrators (Roles:Administrators) administer PerfBot; everyone else reads.
/// </summary>
public sealed class OfficerRoles(IOptions<RolesOptions> options, PeopleDirectory people, DataOfficersGroup group)
{
    public const string DataOfficersAre = "PerfBot's data officers (Roles:DataOfficers or the Roles:DataOfficersGroup group)";
    public const string AdministratorsAre = "PerfBot's administrators (Roles:Administrators)";

    public Task<Person> IdentifyAsync(ChatTurn turn, CancellationToken cancellationToken) => people.IdentifyAsync(turn.From, turn.Place, cancellationToken);

    public async Task<bool> IsDataOfficerAsync(Person person, CancellationToken cancellationToken)
    {
        if (Entries(options.Value.DataOfficers).Any(person.IsNamedBy)) return true;
        if (!group.IsConfigured) return false;
        return (await group.MembersAsync(cancellationToken)).Any(m => person.IsNamedBy(m.Id) || person.IsNamedBy(m.Mail) || person.IsNamedBy(m.UserPrincipalName));
    }

    public bool IsAdministrator(Person person) => Entries(options.Value.Administrators).Any(person.IsNamedBy);

    public async Task<bool> IsAdministratorAsync(ChatTurn turn, CancellationToken cancellationToken) =>
        IsAdministrator(await IdentifyAsync(turn, cancellationToken));

    public static bool Owns(Person person, Indicator indicator) => person.IsNamedBy(indicator.Owner);

    /// <summary>An indicator's owner, or any data officer.</summary>
    public async Task<bool> MayWriteCommentaryAsync(Person person, Indicator indicator, CancellationToken cancellationToken) =>
        Owns(person, indicator) || await IsDataOfficerAsync(person, cancellationToken);

    /// <summary>
    /// The same question from what is known already — the message's Entra object id, the people PerfBot has met, the group
    /// as last read — without asking the roster or Graph: for a button on an answer, which must not wait on either.
    /// </summary>
    public bool MayWriteCommentaryFromWhatIsKnown(ChatUser user, Indicator indicator)
    {
        var person = new Person(user.AadObjectId, user.Name, null, null);
        var officers = Entries(options.Value.DataOfficers).ToList();
        if (Owns(person, indicator) || officers.Any(person.IsNamedBy) || group.LastRead.Any(m => person.IsNamedBy(m.Id))) return true;
        var byEmail = (indicator.Owner?.Contains('@', StringComparison.Ordinal) ?? false) || officers.Any(o => o.Contains('@', StringComparison.Ordinal));
        if (!byEmail || user.AadObjectId is not { } id || people.Find(id) is not { } known) return false;
        return Owns(known, indicator) || officers.Any(known.IsNamedBy);
    }

    /// <summary>
    /// The Entra object ids of the data officers PerfBot can reach: those listed by id, those listed by email whom it has
    /// met, and the group's members.
    /// </summary>
    public async Task<IReadOnlyList<string>> DataOfficerIdsAsync(CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var entry in Entries(options.Value.DataOfficers))
            if ((entry.Contains('@', StringComparison.Ordinal) ? people.ObjectIdOf(entry) : entry) is { } id) ids.Add(id);
        ids.AddRange((await group.MembersAsync(cancellationToken)).Select(m => m.Id));
        return ids.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>The entries of a list, also when configuration gave it as one comma- or semicolon-separated value.</summary>
    public static IEnumerable<string> Entries(IEnumerable<string> list) =>
        list.SelectMany(e => e.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
