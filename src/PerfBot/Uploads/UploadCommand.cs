using System.Text.Json;
using System.Text.RegularExpressions;
using PerfBot.Conversations;
using PerfBot.Conversations.Commands;
using PerfBot.Roles;

namespace PerfBot.Uploads;

/// <summary>
/// Figures dropped in a 1:1 chat: a data officer sends a CSV or XLSX export and gets a preview with Import and Cancel;
/// "import" on its own says how. Everyone else is told who can, and nothing is fetched.
/// </summary>
public sealed partial class UploadCommand(OfficerRoles roles, Refusals refusals, UploadPreviewer previewer, PreviewDecisions decisions) : IChatCommand
{
    public int Order => ChatCommandOrder.Upload;

    public ChatCommandHelp Help { get; } = new(
        "send a CSV or XLSX file · import",
        "Data officers: drop this month's export in the chat; PerfBot previews what it adds and corrects, then Import or Cancel.",
        "import figures", "in a 1:1 chat with PerfBot");

    public bool Matches(ChatTurn turn) => turn.Files.Count > 0 || Decision(turn) is not null || Typed().IsMatch(turn.Text.Trim());

    public async Task<ChatReply> RunAsync(ChatTurn turn, CancellationToken cancellationToken)
    {
        var person = await roles.IdentifyAsync(turn, cancellationToken);
        var decision = Decision(turn);
        var file = turn.Files.FirstOrDefault();
        var what = file?.Name ?? (decision is null ? null : "a previewed file");
        if (!await roles.IsDataOfficerAsync(person, cancellationToken))
        {
            if (what is null) return new ChatReply($"Only {OfficerRoles.DataOfficersAre} can import figures. Anyone can ask about them: try \"what's red?\".");
            var refusal = refusals.Refuse(turn, person, "import figures", OfficerRoles.DataOfficersAre, subject: what, fileName: file?.Name);
            // A button's answer replaces its card: the preview gives way to the refusal.
            return decision is null ? refusal : ChatReply.WithCard(refusal.Text, PreviewCard.Outcome("Not imported", refusal.Text, Cards.TextColor.Warning));
        }
        if (decision is { } d) return decisions.Decide(turn, person, d.Preview, d.Choice);
        if (file is null)
            return new ChatReply("Send me the figures as a file in this chat (a CSV export, or the .xlsx workbook): I will show you what it adds and corrects before anything is imported. 'perfbot import --dry-run FILE' does the same on the server.");
        if (turn.Place.Scope != ChatScope.Personal)
            return new ChatReply("Send files to me in a 1:1 chat: Teams gives bots files only there.");
        var reply = await previewer.PreviewAsync(turn, person, file, cancellationToken);
        return turn.Files.Count > 1 ? reply with { Text = $"I looked at {file.Name} only; send the other files one at a time.\n{reply.Text}" } : reply;
    }

    private static (string Preview, string Choice)? Decision(ChatTurn turn) =>
        turn.Value is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(PreviewCard.DataKey, out var kind) && kind.ValueKind == JsonValueKind.String && kind.GetString() == PreviewCard.DataValue
        && data.TryGetProperty(PreviewCard.PreviewKey, out var id) && id.ValueKind == JsonValueKind.String
        && data.TryGetProperty(PreviewCard.DecisionKey, out var choice) && choice.GetString() is PreviewCard.Import or PreviewCard.Cancel
            ? (id.GetString()!, choice.GetString()!)
            : null;

    [GeneratedRegex(@"^(import|upload)(\s+(figures|a\s+file|data))?\s*\??$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Typed();
}
