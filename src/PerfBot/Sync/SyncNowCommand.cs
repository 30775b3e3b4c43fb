using System.Text.RegularExpressions;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Roles;

namespace PerfBot.Sync;

/// <summary>"sync now": a data officer has the configured workbooks read from SharePoint at once, without waiting for the morning.</summary>
public sealed partial class SyncNowCommand(WorkbookSync sync, OfficerRoles roles, Refusals refusals) : IChatCommand
{
    public int Order => ChatCommandOrder.SyncNow;

    public ChatCommandHelp Help { get; } = new(
        "sync now", "Data officers: import the workbooks PerfBot reads from SharePoint now rather than at the daily sync.", "sync now");

    public bool Matches(ChatTurn turn) => Typed().IsMatch(turn.Text.Trim());

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var person = await roles.IdentifyAsync(turn, cancellationToken);
        if (!await roles.IsDataOfficerAsync(person, cancellationToken))
            return refusals.Refuse(turn, person, "sync the workbooks", OfficerRoles.DataOfficersAre, subject: "workbook sync");
        if (sync.Sources.Count == 0)
            return new ChatReply("No workbooks are set up for syncing (Sources:Workbooks): send me the file in this chat instead, and I will preview it.");
        var results = await sync.SyncAllAsync(person.Display, cancellationToken);
        var lines = results.Select(r => $"- {r.Source}: {r.Summary}");
        var failed = results.Count(r => r.Outcome == WorkbookSync.Failed);
        return new ChatReply($"Synced {results.Count} workbook(s){(failed > 0 ? $", {failed} failed (the data officers have been told)" : "")}:\n{string.Join("\n", lines)}");
    }

    [GeneratedRegex(@"^sync(\s+(now|workbooks?|sharepoint))*\s*[.!]?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Typed();
}
