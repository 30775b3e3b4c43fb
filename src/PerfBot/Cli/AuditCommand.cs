using System.CommandLine;
using System.Globalization;
using PerfBot.Audit;
using PerfBot.Council;

namespace PerfBot.Cli;

/// <summary><c>perfbot audit [--since DATE] [--json]</c>: imports, corrections, commentary edits and refused actions, oldest first.</summary>
public static class AuditCommand
{
    public sealed record Row(string At, string Action, string Route, string Outcome, string? ActorId, string? ActorName, string? FileName,
        string? FileSha256, long? RowsChanged, string? Subject, string? Detail);

    public static Command Build()
    {
        var since = new Option<string?>("--since") { Description = "Only entries from this date on (yyyy-MM-dd, UK time)." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("audit", "What officers did to the store, and what PerfBot refused them: who, by which route, when, which file, what changed.") { since, json };
        command.SetAction(parseResult =>
        {
            DateTimeOffset? from = null;
            if (parseResult.GetValue(since) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    Console.Error.WriteLine($"--since '{text}' is not a date; write it as yyyy-MM-dd, e.g. 2026-12-01.");
                    return 2;
                }
                var midnight = day.ToDateTime(TimeOnly.MinValue);
                from = new DateTimeOffset(midnight, CouncilClock.Zone.GetUtcOffset(midnight));
            }
            using var host = CliHost.Open(parseResult);
            var rows = host.Services.GetRequiredService<AuditLog>().Since(from).Select(e => new Row(
                CouncilCulture.DateAndTime(TimeZoneInfo.ConvertTime(e.At, CouncilClock.Zone)), e.Action, e.Route, e.Outcome, e.ActorId, e.ActorName,
                e.FileName, e.FileSha256, e.RowsChanged, e.Subject, e.Detail)).ToList();
            if (parseResult.GetValue(json)) Console.WriteLine(CliJson.Write(rows, indented: true));
            else if (rows.Count == 0) Console.WriteLine(from is null ? "The audit trail is empty." : $"Nothing in the audit trail since {CouncilCulture.Date(DateOnly.FromDateTime(from.Value.DateTime))}.");
            else foreach (var r in rows) Console.WriteLine(Line(r));
            return 0;
        });
        return command;
    }

    private static string Line(Row r)
    {
        var who = r.ActorName is { } name ? $"{name} ({r.ActorId})" : r.ActorId ?? "unknown";
        var file = r.FileName is null ? "" : $", {r.FileName}{(r.FileSha256 is { Length: >= 12 } sha ? $" [sha256 {sha[..12]}…]" : "")}";
        var subject = r.Subject is null ? "" : $" {r.Subject}:";
        return $"{r.At}  {r.Action} ({r.Route}, {r.Outcome}) by {who}{file}.{subject} {r.Detail}".TrimEnd();
    }
}
