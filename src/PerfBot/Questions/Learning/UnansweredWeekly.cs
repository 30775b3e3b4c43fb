using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using PerfBot.Council;
using PerfBot.Delivery;
using PerfBot.Roles;
using Quartz;

namespace PerfBot.Questions.Learning;

/// <summary>When the data officers (Roles:DataOfficers, Roles:DataOfficersGroup) hear each week what members asked that PerfBot could not answer.</summary>
public sealed class QuestionLogOptions
{
    public const string Section = "QuestionLog";

    /// <summary>Mondays 09:00, after the digests and alerts.</summary>
    [Required] public string WeeklyCron { get; set; } = "0 0 9 ? * MON";
}

/// <summary>The weekly line for data officers: "12 questions had no answer last week; most asked: 'grass cutting' ×3".</summary>
public static class UnansweredLine
{
    public static string Compose(IReadOnlyList<UnansweredGroup> week, int shown = 3)
    {
        var total = week.Sum(g => g.Times);
        if (total == 0) return "Every question last week had an answer.";
        var most = week.Take(shown).Select(g => g.Times > 1 ? $"'{g.Question}' ×{g.Times}" : $"'{g.Question}'");
        return $"{total} question{(total == 1 ? "" : "s")} had no answer last week; most asked: {string.Join(", ", most)}. " +
               "Adding vocabulary or aliases for them (perfbot questions --unanswered) lets PerfBot answer next time.";
    }
}

/// <summary>Puts the week's line in the outbox for each data officer, once a week each, and sends it.</summary>
[DisallowConcurrentExecution]
public sealed class UnansweredWeeklyJob(QuestionLog log, Outbox outbox, OutboxSender sender, OfficerRoles roles, ILogger<UnansweredWeeklyJob> logger) : IJob
{
    public const string Name = "unanswered-questions";
    public const string OutboxKind = "unanswered-questions";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var today = CouncilClock.DateOf(context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        var officers = await roles.DataOfficerIdsAsync(cancellationToken);
        var queued = Enqueue(today, officers);
        var sent = await sender.SendAsync(OutboxScope.OfKind(OutboxKind), cancellationToken);
        logger.LogInformation("Unanswered questions as of {Today}: {Officers} data officers, {Sent} sent, {Failed} failed", today, queued.Count, sent.Sent, sent.Failed);
    }

    /// <summary>The line for the seven days before today, in the outbox for each data officer (by Entra object id); the messages to send.</summary>
    public IReadOnlyList<OutboxMessage> Enqueue(DateOnly today, IReadOnlyList<string> officers)
    {
        if (officers.Count == 0) return [];
        var line = UnansweredLine.Compose(log.Unanswered(today.AddDays(-7), today));
        var week = CouncilClock.WeekOf(today);
        var queued = new List<OutboxMessage>();
        foreach (var officer in officers)
        {
            var key = $"{OutboxKind}:{week}:{officer}";
            outbox.Enqueue(new NewOutboxMessage(key, OutboxKind, new OutboxAddress.Person(officer, null), line, "{}"));
            if (outbox.Find(key) is { SentAt: null } message) queued.Add(message);
        }
        return queued;
    }
}
