using System.CommandLine;
using System.Globalization;
using PerfBot.Briefings;
using PerfBot.Committees;
using PerfBot.Store;

namespace PerfBot.Cli;

public static class BriefCommand
{
    public static Command Build()
    {
        var committee = new Option<string>("--committee") { Description = "The committee: its full name or an unambiguous part of it.", Required = true };
        var meeting = new Option<string>("--meeting") { Description = "The meeting's date (yyyy-MM-dd), one of the committee's stored meetings.", Required = true };
        var docx = new Option<FileInfo?>("--docx") { Description = "Also write the brief as a Word document to this file." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("brief",
            "The pre-meeting brief for a committee's chair, as of the day it would be sent (N working days before the meeting, 5 unless the committee sets it).")
            { committee, meeting, docx, json };
        command.SetAction(parseResult =>
        {
            using var host = CliHost.Open(parseResult);
            var source = host.Services.GetRequiredService<BriefSource>();
            var wanted = parseResult.GetValue(committee);
            var resolution = CommitteeNames.Resolve(wanted, source.Committees());
            if (resolution is not CommitteeNames.Found(var found))
            {
                Console.Error.WriteLine(CommitteeNames.Explain(wanted, resolution));
                return 1;
            }
            if (!DateOnly.TryParseExact(parseResult.GetValue(meeting), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                Console.Error.WriteLine($"'{parseResult.GetValue(meeting)}' is not a date: write it as yyyy-MM-dd, e.g. 2026-01-21.");
                return 1;
            }
            var meetings = source.Meetings(found.Id);
            var stored = meetings.FirstOrDefault(m => m.Date == date);
            if (stored is null)
            {
                var known = meetings.Select(m => m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                Console.Error.WriteLine($"The {found.Name} has no meeting on {date:yyyy-MM-dd}. Its meetings: {string.Join(", ", known)}.");
                return 1;
            }
            var brief = BriefComposer.Compose(source.Read(found, stored, BriefDueDates.ComposeOn(stored, host.Services.GetRequiredService<CommitteeBriefingSettingsStore>().For(found.Id))));
            if (parseResult.GetValue(docx) is { } file)
            {
                File.WriteAllBytes(file.FullName, BriefDocument.Write(brief));
                Console.Error.WriteLine($"Wrote {file.FullName}.");
            }
            Console.WriteLine(parseResult.GetValue(json) ? CliJson.Write(brief, indented: true) : BriefText.Write(brief));
            return 0;
        });
        return command;
    }
}
