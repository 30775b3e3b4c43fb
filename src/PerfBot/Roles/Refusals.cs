using PerfBot.Audit;
using PerfBot.Conversations;

namespace PerfBot.Roles;

/// <summary>
/// An action refused for want of a role: the person is told plainly who can do it, nothing changes, and the refusal is
/// logged and audited.
/// </summary>
public sealed class Refusals(AuditLog audit, TimeProvider clock, ILogger<Refusals> log)
{
    /// <param name="action">What was refused, as a verb phrase: "import figures".</param>
    /// <param name="whoCan">Who may: "PerfBot's data officers".</param>
    /// <param name="subject">What it was about (a file name, an indicator), for the audit.</param>
    /// <param name="advice">What to do next; by default, to ask the performance team for the role.</param>
    /// <param name="outcome">What did not happen, by default that nothing changed ("I have not sent it").</param>
    public ChatReply Refuse(ChatTurn turn, Person person, string action, string whoCan, string? subject = null, string? fileName = null, string? advice = null,
        string outcome = "I have not changed anything")
    {
        log.LogWarning("Refused: {Person} ({AadObjectId}) may not {Action}{Subject}", person.Display, person.AadObjectId ?? turn.From.Id, action,
            subject is null ? "" : $" ({subject})");
        audit.Write(new AuditEntry(clock.GetUtcNow(), AuditActions.Refused, AuditRoutes.Chat, AuditOutcomes.Refused, person.AadObjectId ?? turn.From.Id,
            person.Name, FileName: fileName, Subject: subject, Detail: $"May not {action}: only {whoCan} can."));
        return new ChatReply($"Only {whoCan} can {action}, so {outcome}. {advice ?? "If you should be able to, ask your performance team to add you."}");
    }
}
