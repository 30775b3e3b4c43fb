using PerfBot.Audit;
using PerfBot.Council;
using PerfBot.Store;
using PerfBot.Store.Import;

namespace PerfBot.Cli;

/// <summary>
/// <c>perfbot import --kind ees FILE [--mapping FILE] [--dry-run]</c>: benchmarks from a DfE Explore Education Statistics file.
/// The council and its statistical neighbours come from Benchmarks:Ees (LocalAuthority, Neighbours), the mapping from
/// --mapping or Benchmarks:Ees:Mapping.
/// </summary>
public static class EesImportVerb
{
    public const string Section = "Benchmarks:Ees";

    public static int Run(IServiceProvider services, string path, string? mapping, ImportProvenance by, bool dryRun)
    {
        var configuration = services.GetRequiredService<IConfiguration>().GetSection(Section);
        mapping ??= configuration["Mapping"];
        var council = configuration["LocalAuthority"];
        var neighbours = configuration.GetSection("Neighbours").Get<string[]>() ?? configuration["Neighbours"]?.Split([',', ';'],
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        if (mapping is null || string.IsNullOrWhiteSpace(council))
        {
            Console.Error.WriteLine($"An EES import needs the mapping file (--mapping or {Section}:Mapping) and the council ({Section}:LocalAuthority, e.g. E06000059); statistical neighbours are {Section}:Neighbours.");
            return 2;
        }
        var audit = services.GetRequiredService<AuditLog>();
        var result = EesImporter.Run(services.GetRequiredService<Database>(), path, mapping, new EesSettings(council, neighbours), by, dryRun,
            (connection, transaction, r) =>
            {
                audit.Write(new AuditEntry(by.At, AuditActions.Import, by.Route, r.Changes > 0 ? AuditOutcomes.Applied : AuditOutcomes.Unchanged, by.ActorId, by.ActorName,
                    r.File, r.Sha256, r.Changes, Detail: $"Benchmarks from Explore Education Statistics: {r.Benchmarks.Count} for {r.Benchmarks.Select(b => b.Indicator).Distinct().Count()} indicator(s).",
                    RunId: by.RunId), connection, transaction);
                return true;
            });
        if (result.Problems.Count > 0) throw new ImportRefusedException(result.Problems);
        foreach (var b in result.Benchmarks)
            Console.WriteLine($"{b.Indicator}, {b.Period}: {Label(b.Kind)} {b.Value.ToString("#,0.##", CouncilCulture.English)} ({b.Source})");
        foreach (var note in result.Notes) Console.WriteLine($"Note: {note}");
        Console.WriteLine(dryRun
            ? $"Dry run: {result.Benchmarks.Count} benchmark(s) from {result.Rows} row(s) would be stored; nothing was written."
            : $"{result.File}: {result.Rows} row(s); {result.Benchmarks.Count} benchmark(s), {result.Changes} new or changed.");
        return 0;
    }

    private static string Label(PerfBot.Indicators.BenchmarkKind kind) => new PerfBot.Indicators.Benchmark(default, kind, 0, null).KindLabel;
}
