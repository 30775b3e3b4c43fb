using System.CommandLine;
using System.Text.RegularExpressions;
using PerfBot.Briefings;
using PerfBot.Committees;
using PerfBot.Store;

namespace PerfBot.Cli;

/// <summary>`perfbot briefing-settings`: shows or changes a committee's briefing settings; options not given keep their value.</summary>
public static class BriefingSettingsCommand
{
    public static Command Build()
    {
        var committee = new Option<string>("--committee") { Description = "The committee: its full name or an unambiguous part of it.", Required = true };
        var days = new Option<int?>("--days") { Description = "Working days before the meeting the brief is sent (default 5)." };
        var chair = new Option<string?>("--chair-aad") { Description = "The chair's Entra object id: the brief goes to them in a 1:1 chat." };
        var tenant = new Option<string?>("--tenant") { Description = "The Entra tenant id for the 1:1 chat." };
        var channel = new Option<bool?>("--channel") { Description = "true: also post the brief in the committee's linked channel(s)." };
        var group = new Option<string?>("--calendar-group") { Description = "The committee's Microsoft 365 group id, whose calendar is synced daily." };
        var pattern = new Option<string?>("--subject-pattern") { Description = "A regular expression an event's subject must match to be this committee's meeting (default: the committee's name)." };
        var add = new Option<string[]>("--add-recipient") { Description = "Someone else the brief goes to (an Entra object id or an email); repeat for more.", AllowMultipleArgumentsPerToken = true };
        var remove = new Option<string[]>("--remove-recipient") { Description = "Someone the brief no longer goes to; repeat for more.", AllowMultipleArgumentsPerToken = true };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("briefing-settings", "Show or change when and to whom a committee's pre-meeting brief is sent, and where its meetings come from. Only the chair and the recipients named here receive it.")
            { committee, days, chair, tenant, channel, group, pattern, add, remove, json };
        command.SetAction(parseResult =>
        {
            using var host = CliHost.Open(parseResult);
            var wanted = parseResult.GetValue(committee);
            var resolution = CommitteeNames.Resolve(wanted, host.Services.GetRequiredService<CommitteeRepository>().Committees());
            if (resolution is not CommitteeNames.Found(var found))
            {
                Console.Error.WriteLine(CommitteeNames.Explain(wanted, resolution));
                return 1;
            }
            var store = host.Services.GetRequiredService<CommitteeBriefingSettingsStore>();
            var s = store.For(found.Id);
            var changed = s with
            {
                WorkingDaysBefore = parseResult.GetValue(days) ?? s.WorkingDaysBefore,
                ChairAadObjectId = parseResult.GetValue(chair) ?? s.ChairAadObjectId,
                TenantId = parseResult.GetValue(tenant) ?? s.TenantId,
                PostToChannel = parseResult.GetValue(channel) ?? s.PostToChannel,
                CalendarGroupId = parseResult.GetValue(group) ?? s.CalendarGroupId,
                CalendarSubjectPattern = parseResult.GetValue(pattern) ?? s.CalendarSubjectPattern,
            };
            if (changed.WorkingDaysBefore is < 0 or > 60)
            {
                Console.Error.WriteLine("--days must be between 0 and 60.");
                return 1;
            }
            if (changed.CalendarSubjectPattern is { } p && !IsRegex(p))
            {
                Console.Error.WriteLine($"--subject-pattern '{p}' is not a valid regular expression.");
                return 1;
            }
            if (changed != s) store.Save(changed);
            var named = host.Services.GetRequiredService<BriefingRecipients>();
            foreach (var recipient in parseResult.GetValue(add) ?? []) named.Add(found.Id, recipient);
            foreach (var recipient in parseResult.GetValue(remove) ?? []) named.Remove(found.Id, recipient);
            var recipients = named.Of(found.Id);
            if (parseResult.GetValue(json)) Console.WriteLine(CliJson.Write(new { committee = found.Name, settings = changed, recipients }, indented: true));
            else
            {
                var to = new List<string>();
                if (changed.ChairAadObjectId is { } chairId) to.Add($"the chair ({chairId})");
                if (recipients.Count > 0) to.Add(string.Join(", ", recipients));
                Console.WriteLine($"{found.Name}: brief sent {changed.WorkingDaysBefore} working day(s) before each meeting" +
                                  $" to {(to.Count == 0 ? "no one yet (set --chair-aad or --add-recipient)" : string.Join(" and ", to))}" +
                                  $"{(changed.PostToChannel ? ", and posted in the linked channel(s)" : "")}.");
                Console.WriteLine(changed.CalendarGroupId is null
                    ? "Meetings: from the store only."
                    : $"Meetings: the store, and group {changed.CalendarGroupId}'s calendar, events matching '{changed.CalendarSubjectPattern ?? found.Name}'.");
            }
            return 0;
        });
        return command;
    }

    private static bool IsRegex(string pattern)
    {
        try { _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1)); return true; }
        catch (ArgumentException) { return false; }
    }
}
