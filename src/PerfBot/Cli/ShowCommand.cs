using System.CommandLine;
using PerfBot.Indicators;
using PerfBot.Store;
using PerfBot.Council;

namespace PerfBot.Cli;

public static class ShowCommand
{
    public sealed record HistoryRow(string Period, double? Value, double? Target, Rag? ReportedRag, Rag? ComputedRag, Direction? ReportedDirection,
        Direction? ComputedDirection, bool RagDisagrees, bool DirectionDisagrees, string? Commentary, string? Actions, string? Source,
        IReadOnlyList<CorrectionRow> Corrections, string? CommentaryBy, string? CommentaryOn);

    /// <summary>The latest correction of a figure's value or target: what it was, when, by whom, from which file.</summary>
    public sealed record CorrectionRow(string Field, double? Was, string CorrectedOn, string? CorrectedBy, string? FromFile, string Text);

    public sealed record BenchmarkRow(string Period, string Kind, double Value, string? Source);

    public sealed record Details(string Code, string Name, string? ServiceArea, string? Unit, string? Frequency, string Polarity, string? PolarityReason,
        string? Owner, IReadOnlyList<string> Aliases, IReadOnlyList<string> Committees, bool Stale, string? LatestPeriod,
        IReadOnlyList<HistoryRow> History, IReadOnlyList<BenchmarkRow> Benchmarks);

    public static Command Build()
    {
        var indicator = new Argument<string>("INDICATOR") { Description = "The indicator's code or official name." };
        var json = new Option<bool>("--json") { Description = "Write JSON." };
        var command = new Command("show", "Show one indicator: its full history, benchmarks, commentary, actions and sources.") { indicator, json };
        command.SetAction(parseResult =>
        {
            using var host = CliHost.Open(parseResult);
            var repository = host.Services.GetRequiredService<IndicatorRepository>();
            var wanted = parseResult.GetValue(indicator)!;
            var all = repository.Indicators();
            var found = all.FirstOrDefault(i => string.Equals(i.Code, wanted.Trim(), StringComparison.OrdinalIgnoreCase))
                        ?? all.FirstOrDefault(i => Names.Key(i.Name) == Names.Key(wanted));
            if (found is null)
            {
                Console.Error.WriteLine($"No indicator has the code or name '{wanted}'. 'perfbot indicators' lists them.");
                return 1;
            }
            var details = Describe(found, repository.Measurements(found.Id), repository.Benchmarks(found.Id), host.Services.GetRequiredService<CouncilClock>().Today);
            if (parseResult.GetValue(json)) Console.WriteLine(CliJson.Write(details, indented: true));
            else WriteText(details);
            return 0;
        });
        return command;
    }

    private static Details Describe(Indicator indicator, IReadOnlyList<Measurement> history, IReadOnlyList<Benchmark> benchmarks, DateOnly today)
    {
        // Every stored period counts in the history, including one that ends after today (a year to date).
        var horizon = history.Select(m => m.Period.End).Append(today).Max();
        var rows = history.Select(m =>
        {
            var status = StatusAssessor.Assess(indicator, history, m.Period, horizon);
            return new HistoryRow(m.Period.Label, m.Value, m.Target, m.ReportedRag, status.ComputedRag, m.ReportedDirection, status.ComputedDirection,
                status.RagDisagrees, status.DirectionDisagrees, m.Commentary, m.Actions, m.Source,
                m.Corrections.Select(c => new CorrectionRow(c.Field, c.PreviousValue, Iso(c.CorrectedAt), c.CorrectedBy, c.FromFile,
                    c.DescribeInFull(indicator.Unit))).ToList(),
                m.CommentaryBy?.Name, m.CommentaryBy is { } by ? Iso(by.WrittenAt) : null);
        }).ToList();
        var current = StatusAssessor.Assess(indicator, history, null, today);
        return new Details(indicator.Code, indicator.Name, indicator.ServiceArea, indicator.Unit,
            indicator.Frequency is { } f ? Words.Write(f) : null, Words.Write(indicator.Polarity), indicator.PolarityReason, indicator.Owner,
            indicator.Aliases, indicator.Committees, current.IsStale, current.LatestPeriod?.Label, rows,
            benchmarks.Select(b => new BenchmarkRow(b.Period.Label, b.KindLabel, b.Value, b.Source)).ToList());
    }

    private static string Iso(DateTimeOffset instant) => CouncilClock.DateOf(instant).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteText(Details d)
    {
        Console.WriteLine($"{d.Name} [{d.Code}]");
        Console.WriteLine($"  Service area: {d.ServiceArea}; unit: {d.Unit}; reported {d.Frequency}; polarity: {d.Polarity}{(d.PolarityReason is null ? "" : $" ({d.PolarityReason})")}");
        if (d.Aliases.Count > 0) Console.WriteLine($"  Also called: {string.Join("; ", d.Aliases)}");
        if (d.Stale) Console.WriteLine($"  Latest data {d.LatestPeriod} is overdue: not current.");
        foreach (var h in d.History)
        {
            var rag = h.ReportedRag?.ToString() ?? h.ComputedRag?.ToString() ?? "";
            if (h.RagDisagrees) rag += $" (computed {h.ComputedRag})";
            var direction = h.ReportedDirection?.ToString() ?? h.ComputedDirection?.ToString() ?? "";
            if (h.DirectionDisagrees) direction += $" (computed {h.ComputedDirection})";
            Console.WriteLine($"  {h.Period,-11} {Figures.Value(h.Value, d.Unit),-14} target {(h.Target is { } t ? Figures.Value(t, d.Unit) : "none"),-10} {rag,-20} {direction}");
            foreach (var c in h.Corrections) Console.WriteLine($"      {char.ToUpperInvariant(c.Text[0])}{c.Text[1..]}");
            if (h.Commentary is not null)
                Console.WriteLine($"      Commentary{(h.CommentaryBy is { } by ? $" by {by} on {CouncilCulture.ShortDate(DateOnly.ParseExact(h.CommentaryOn!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}" : "")}: {h.Commentary.Replace("\n", "\n        ")}");
            if (h.Actions is not null) Console.WriteLine($"      Actions: {h.Actions.Replace("\n", "\n        ")}");
            if (h.Source is not null) Console.WriteLine($"      Source: {h.Source}");
        }
        foreach (var b in d.Benchmarks) Console.WriteLine($"  Benchmark {b.Kind} {b.Period}: {Figures.Value(b.Value, d.Unit)} ({b.Source})");
    }
}
