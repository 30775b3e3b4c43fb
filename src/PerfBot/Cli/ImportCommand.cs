using System.CommandLine;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Cli;

public static class ImportCommand
{
    public static Command Build()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A CSV or XLSX file." };
        var kind = new Option<string>("--kind")
        {
            Description = "measures (the default: one row per indicator and period), indicators (the catalogue: names, aliases, polarity), vocabulary (abbreviations and synonyms), committees or risks (JSON).",
            DefaultValueFactory = _ => "measures",
        };
        kind.AcceptOnlyFromAmong("measures", "indicators", "vocabulary", "committees", "risks");
        var command = new Command("import", "Import a council's export into the store: all rows or, if any is wrong, none.") { file, kind };
        command.SetAction(parseResult =>
        {
            var database = StoreOpener.Open(GlobalOptions.ResolveDbPath(parseResult), Console.Error);
            var path = parseResult.GetValue(file)!.FullName;
            try
            {
                var summary = parseResult.GetValue(kind) switch
                {
                    "indicators" => CatalogueImporter.Import(database, path).ToString(),
                    "vocabulary" => VocabularyImporter.Import(database, path).ToString(),
                    "committees" => $"{CommitteeFile.ImportCommittees(database, path)} committee(s) imported.",
                    "risks" => $"{CommitteeFile.ImportRisks(database, path)} risk(s) imported.",
                    _ => MeasureImporter.Import(database, path).ToString(),
                };
                Console.WriteLine(summary);
                return 0;
            }
            catch (ImportRefusedException refused)
            {
                Console.Error.WriteLine(refused.Message);
                return 2;
            }
        });
        return command;
    }
}
