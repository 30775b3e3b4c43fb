using System.CommandLine;
using PerfBot.Sync;

namespace PerfBot.Cli;

/// <summary><c>perfbot sync [--json]</c>: imports the configured workbooks from SharePoint now, as the daily sync does.</summary>
public static class SyncCommand
{
    public static Command Build()
    {
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("sync", "Import the workbooks on SharePoint or OneDrive (Sources:Workbooks) that changed since the last sync.") { json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var host = CliHost.Open(parseResult);
            var sync = host.Services.GetRequiredService<WorkbookSync>();
            if (sync.Sources.Count == 0)
            {
                Console.Error.WriteLine("No workbooks are configured: set Sources:Workbooks (Name, DriveId, ItemId or Path) first.");
                return 2;
            }
            var results = await sync.SyncAllAsync("command line", cancellationToken);
            if (parseResult.GetValue(json)) Console.WriteLine(CliJson.Write(results, indented: true));
            else foreach (var r in results) Console.WriteLine($"{r.Source}: {r.Outcome}. {r.Summary}");
            return results.Any(r => r.Outcome == WorkbookSync.Failed) ? 1 : 0;
        });
        return command;
    }
}
