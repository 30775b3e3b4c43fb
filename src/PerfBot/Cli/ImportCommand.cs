using System.CommandLine;
using PerfBot.Audit;
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
            Description = "measures (the default: one row per indicator and period), indicators (the catalogue: names, aliases, polarity), vocabulary (abbreviations and synonyms), topics (a subject's names and the phrases or codes it covers), committees or risks (JSON), ees (a DfE Explore Education Statistics data file: England, region and statistical-neighbour benchmarks).",
            DefaultValueFactory = _ => "measures",
        };
        kind.AcceptOnlyFromAmong("measures", "indicators", "vocabulary", "topics", "committees", "risks", "ees");
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what the import would change (new, corrected and unchanged figures, every problem) and write nothing." };
        var mapping = new Option<FileInfo?>("--mapping") { Description = "With --kind ees: the file mapping indicators to the statistics' columns (default: Benchmarks:Ees:Mapping)." };
        var command = new Command("import", "Import a council's export into the store: all rows or, if any is wrong, none.") { file, kind, dryRun, mapping };
        command.SetAction(parseResult =>
        {
            using var host = CliHost.Open(parseResult);
            var database = host.Services.GetRequiredService<Database>();
            var path = parseResult.GetValue(file)!.FullName;
            var by = ImportProvenance.CommandLine(host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            try
            {
                switch (parseResult.GetValue(kind))
                {
                    case "measures":
                        return Measures(host.Services.GetRequiredService<AuditedImport>(), path, by, parseResult.GetValue(dryRun));
                    case "ees":
                        return EesImportVerb.Run(host.Services, path, parseResult.GetValue(mapping)?.FullName, by, parseResult.GetValue(dryRun));
                }
                if (parseResult.GetValue(dryRun))
                {
                    Console.Error.WriteLine("--dry-run previews measures and ees files; the catalogue, vocabulary, committees and risks are small files to check by eye.");
                    return 2;
                }
                Console.WriteLine(parseResult.GetValue(kind) switch
                {
                    "indicators" => CatalogueImporter.Import(database, path).ToString(),
                    "vocabulary" => VocabularyImporter.Import(database, path).ToString(),
                    "topics" => TopicImporter.Import(database, path).ToString(),
                    "committees" => $"{CommitteeFile.ImportCommittees(database, path)} committee(s) imported.",
                    _ => $"{CommitteeFile.ImportRisks(database, path)} risk(s) imported.",
                });
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

    private static int Measures(AuditedImport importer, string path, ImportProvenance by, bool dryRun)
    {
        var outcome = importer.Run(path, new ImportRun(by) { DryRun = dryRun });
        if (outcome.Preview.HasProblems) throw new ImportRefusedException(outcome.Preview.Problems);
        if (dryRun)
        {
            Console.WriteLine(ImportPreviewText.Write(outcome.Preview));
            Console.WriteLine("Dry run: nothing was written.");
            return 0;
        }
        Console.WriteLine(outcome.Summary);
        foreach (var c in outcome.Preview.Corrections)
            Console.WriteLine($"  corrected: {c.Indicator}, {c.Period}: {string.Join("; ", c.Changes.Select(ImportPreviewText.Change))}");
        if (outcome.Preview.CorrectionCount > outcome.Preview.Corrections.Count)
            Console.WriteLine($"  … and {outcome.Preview.CorrectionCount - outcome.Preview.Corrections.Count} more corrections ('perfbot audit' lists them all).");
        return 0;
    }
}
